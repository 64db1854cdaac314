package dev.tandem.knowledge.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Locale;

/** A template a space added to the built-in ones. */
@Entity
@Table(name = "wiki_template")
public class WikiTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long spaceId;
    private String name;
    private String nameKey;
    private String body;
    private String createdBy;
    private Instant createdAt;

    protected WikiTemplate() {
    }

    public WikiTemplate(long spaceId, String name, String body, String createdBy, Instant now) {
        this.spaceId = spaceId;
        this.name = name;
        this.nameKey = name.toLowerCase(Locale.ROOT);
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long spaceId() { return spaceId; }
    public String name() { return name; }
    public String body() { return body; }
}
