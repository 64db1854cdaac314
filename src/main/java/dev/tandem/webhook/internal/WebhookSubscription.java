package dev.tandem.webhook.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import dev.tandem.webhook.SubscriptionView;

/** Where a project's events of the chosen types go, and the secret their signatures are made with. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String url;
    private String description;
    private String secret;
    private String eventTypes;
    private boolean active;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(long projectId, String url, String description, String secret, List<String> events,
                        boolean active, String createdBy, Instant now) {
        this.projectId = projectId;
        this.url = url;
        this.description = description;
        this.secret = secret;
        this.eventTypes = String.join(",", events);
        this.active = active;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() { return id; }
    Long projectId() { return projectId; }
    public String url() { return url; }
    public String description() { return description; }
    String secret() { return secret; }
    public boolean active() { return active; }
    public long version() { return version; }

    public List<String> events() {
        return Arrays.stream(eventTypes.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    boolean wants(String eventType) {
        return active && events().contains(eventType);
    }

    public void setUrl(String url) { this.url = url; }
    public void setDescription(String description) { this.description = description; }
    public void setSecret(String secret) { this.secret = secret; }
    public void setEvents(List<String> events) { this.eventTypes = String.join(",", events); }
    public void setActive(boolean active) { this.active = active; }

    public SubscriptionView view() {
        return new SubscriptionView(id, url, description, events(), active, createdBy, createdAt, version);
    }
}
