package dev.tandem.delivery.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** One delivery as it arrived, kept so it can be processed again after a fix. */
@Entity
@Table(name = "delivery_webhook")
public class WebhookDelivery {

    public enum Status { PENDING, PROCESSED, IGNORED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long integrationId;
    private Long projectId;
    private String deliveryKey;
    private String eventType;
    private String payload;
    private int payloadSize;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String outcome;
    private int attempts;
    private Instant receivedAt;
    private Instant processedAt;
    @Version
    private long version;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long integrationId, long projectId, String deliveryKey, String eventType, String payload,
                    int payloadSize, Instant now) {
        this.integrationId = integrationId;
        this.projectId = projectId;
        this.deliveryKey = deliveryKey;
        this.eventType = eventType;
        this.payload = payload;
        this.payloadSize = payloadSize;
        this.status = Status.PENDING;
        this.receivedAt = now;
    }

    public Long id() { return id; }
    public long integrationId() { return integrationId; }
    public long projectId() { return projectId; }
    public String deliveryKey() { return deliveryKey; }
    public String eventType() { return eventType; }
    String payload() { return payload; }
    public int payloadSize() { return payloadSize; }
    public Status status() { return status; }
    public String outcome() { return outcome; }
    public int attempts() { return attempts; }
    public Instant receivedAt() { return receivedAt; }
    public Instant processedAt() { return processedAt; }
    long version() { return version; }

    void finish(Status status, String outcome, Instant now) {
        this.status = status;
        this.outcome = outcome == null || outcome.length() <= 500 ? outcome : outcome.substring(0, 499) + "…";
        this.attempts++;
        this.processedAt = now;
    }

    public void requeue() {
        this.status = Status.PENDING;
        this.outcome = null;
    }
}
