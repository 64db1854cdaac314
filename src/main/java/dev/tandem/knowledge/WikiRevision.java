package dev.tandem.knowledge;

import jakarta.persistence.*;
import java.time.Instant;

/** One save of a page, kept for ever: who, when, why, and the page's title and text as they were then. */
@Entity
@Table(name = "wiki_revision")
class WikiRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long pageId;
    private int number;
    /** The page's version right after this save: a later save based on it is not stale because of this one. */
    private long pageVersion;
    private String title;
    private String body;
    private String changeNote;
    private Integer restoredFrom;
    private String author;
    private Instant createdAt;

    protected WikiRevision() {
    }

    WikiRevision(WikiPage page, String changeNote, Integer restoredFrom, Instant now) {
        this.pageId = page.id();
        this.number = page.revision();
        this.pageVersion = page.version();
        this.title = page.title();
        this.body = page.body();
        this.changeNote = changeNote;
        this.restoredFrom = restoredFrom;
        this.author = page.updatedBy();
        this.createdAt = now;
    }

    Long id() { return id; }
    long pageId() { return pageId; }
    int number() { return number; }
    long pageVersion() { return pageVersion; }
    String title() { return title; }
    String body() { return body; }
    String changeNote() { return changeNote; }
    Integer restoredFrom() { return restoredFrom; }
    String author() { return author; }
    Instant createdAt() { return createdAt; }
}
