package dev.tandem.knowledge.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** One save of a page, kept for ever: who, when, why, and the page's title and text as they were then. */
@Entity
@Table(name = "wiki_revision")
public class WikiRevision {

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

    public WikiRevision(WikiPage page, String changeNote, Integer restoredFrom, Instant now) {
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
    public int number() { return number; }
    long pageVersion() { return pageVersion; }
    public String title() { return title; }
    public String body() { return body; }
    public String changeNote() { return changeNote; }
    public Integer restoredFrom() { return restoredFrom; }
    public String author() { return author; }
    public Instant createdAt() { return createdAt; }
}
