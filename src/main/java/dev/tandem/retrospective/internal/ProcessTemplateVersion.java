package dev.tandem.retrospective.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** One version of a template's text: who wrote it, when, why, and the retrospective it came from if any. */
@Entity
@Table(name = "process_template_version")
public class ProcessTemplateVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long templateId;
    private int number;
    private String body;
    private String note;
    private String author;
    private Long retrospectiveId;
    private Instant createdAt;

    protected ProcessTemplateVersion() {
    }

    public ProcessTemplateVersion(long templateId, int number, String body, String note, String author,
                           Long retrospectiveId, Instant now) {
        this.templateId = templateId;
        this.number = number;
        this.body = body;
        this.note = note;
        this.author = author;
        this.retrospectiveId = retrospectiveId;
        this.createdAt = now;
    }

    Long templateId() { return templateId; }
    public int number() { return number; }
    public String body() { return body; }
    public String note() { return note; }
    public String author() { return author; }
    public Long retrospectiveId() { return retrospectiveId; }
    public Instant createdAt() { return createdAt; }
}
