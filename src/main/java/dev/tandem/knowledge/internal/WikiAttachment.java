package dev.tandem.knowledge.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** A file attached to a page, its bytes kept in the database so every node of a cluster serves it. */
@Entity
@Table(name = "wiki_attachment")
public class WikiAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long pageId;
    private String name;
    private String contentType;
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected WikiAttachment() {
    }

    public WikiAttachment(long pageId, String name, String contentType, byte[] content, String uploadedBy, Instant now) {
        this.pageId = pageId;
        this.name = name;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    Long id() { return id; }
    long pageId() { return pageId; }
    public String name() { return name; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public byte[] content() { return content; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
