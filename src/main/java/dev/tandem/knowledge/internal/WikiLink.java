package dev.tandem.knowledge.internal;

import jakarta.persistence.*;

/** A reference a page's current text makes: to another page's title ({@code [[Title]]}) or to a work item's key. */
@Entity
@Table(name = "wiki_link")
public class WikiLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long pageId;
    private String titleKey;
    private String itemKey;

    protected WikiLink() {
    }

    public WikiLink(long pageId, String titleKey, String itemKey) {
        this.pageId = pageId;
        this.titleKey = titleKey;
        this.itemKey = itemKey;
    }

    long pageId() { return pageId; }
}
