package dev.tandem.knowledge;

import jakarta.persistence.*;
import java.time.Instant;

/** A file attached to a page, its bytes kept in the database so every node of a cluster serves it. */
@Entity
@Table(name = "wiki_attachment")
class WikiAttachment {

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

    WikiAttachment(long pageId, String name, String contentType, byte[] content, String uploadedBy, Instant now) {
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
    String name() { return name; }
    String contentType() { return contentType; }
    long sizeBytes() { return sizeBytes; }
    byte[] content() { return content; }
    String uploadedBy() { return uploadedBy; }
    Instant uploadedAt() { return uploadedAt; }
}
