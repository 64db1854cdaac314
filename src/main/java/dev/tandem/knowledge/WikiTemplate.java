package dev.tandem.knowledge;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Locale;

/** A template a space added to the built-in ones. */
@Entity
@Table(name = "wiki_template")
class WikiTemplate {

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

    WikiTemplate(long spaceId, String name, String body, String createdBy, Instant now) {
        this.spaceId = spaceId;
        this.name = name;
        this.nameKey = name.toLowerCase(Locale.ROOT);
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Long id() { return id; }
    long spaceId() { return spaceId; }
    String name() { return name; }
    String body() { return body; }
}
