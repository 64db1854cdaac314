package dev.tandem.knowledge;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Locale;

/** A page: its current title and text, its place in the space's tree, and the number of its latest revision. */
@Entity
@Table(name = "wiki_page")
class WikiPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long spaceId;
    private Long parentId;
    private int position;
    private String title;
    private String titleKey;
    private String body;
    private int revision;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected WikiPage() {
    }

    WikiPage(long spaceId, Long parentId, int position, String title, String body, String author, Instant now) {
        this.spaceId = spaceId;
        this.parentId = parentId;
        this.position = position;
        this.revision = 1;
        write(title, body, author, now);
    }

    static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }

    void write(String title, String body, String author, Instant now) {
        this.title = title;
        this.titleKey = key(title);
        this.body = body;
        this.updatedBy = author;
        this.updatedAt = now;
    }

    void nextRevision() {
        revision++;
    }

    void place(Long parentId, int position) {
        this.parentId = parentId;
        this.position = position;
    }

    Long id() { return id; }
    long spaceId() { return spaceId; }
    Long parentId() { return parentId; }
    int position() { return position; }
    String title() { return title; }
    String body() { return body; }
    int revision() { return revision; }
    String updatedBy() { return updatedBy; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }
}
