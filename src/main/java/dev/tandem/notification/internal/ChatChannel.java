package dev.tandem.notification.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import dev.tandem.notification.ChatChannelView;
import dev.tandem.notification.ChatProvider;
import dev.tandem.notification.NotificationKind;

/** A project's chat group that hears of the chosen kinds of notifications, in one language. */
@Entity
@Table(name = "chat_channel")
public class ChatChannel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String name;
    private String provider;
    private String url;
    private String secret;
    private String kinds;
    private String language;
    private boolean active;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected ChatChannel() {
    }

    public ChatChannel(long projectId, String name, ChatProvider provider, String url, String secret, List<String> kinds,
                String language, boolean active, String createdBy, Instant now) {
        this.projectId = projectId;
        this.name = name;
        this.provider = provider.name();
        this.url = url;
        this.secret = secret;
        this.kinds = String.join(",", kinds);
        this.language = language;
        this.active = active;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() { return id; }
    Long projectId() { return projectId; }
    public String name() { return name; }
    public ChatProvider provider() { return ChatProvider.valueOf(provider); }
    public String url() { return url; }
    public String secret() { return secret; }
    public String language() { return language; }
    public boolean active() { return active; }
    public long version() { return version; }

    public List<String> kinds() {
        return Arrays.stream(kinds.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    boolean wants(NotificationKind kind) {
        return active && kinds().contains(kind.code());
    }

    public void setName(String name) { this.name = name; }
    public void setUrl(String url) { this.url = url; }
    public void setSecret(String secret) { this.secret = secret; }
    public void setKinds(List<String> kinds) { this.kinds = String.join(",", kinds); }
    public void setLanguage(String language) { this.language = language; }
    public void setActive(boolean active) { this.active = active; }

    /** The URL is shown without its query and path tail, since for most providers the URL itself is the secret. */
    public ChatChannelView view() {
        return new ChatChannelView(id, name, provider(), masked(url), kinds(), language, active, secret != null,
                createdBy, createdAt, version);
    }

    public static String masked(String url) {
        int cut = url.indexOf("://");
        int host = cut < 0 ? -1 : url.indexOf('/', cut + 3);
        return host < 0 ? url : url.substring(0, host) + "/…";
    }
}
