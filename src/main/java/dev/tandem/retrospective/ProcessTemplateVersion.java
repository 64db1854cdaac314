package dev.tandem.retrospective;

import jakarta.persistence.*;
import java.time.Instant;

/** One version of a template's text: who wrote it, when, why, and the retrospective it came from if any. */
@Entity
@Table(name = "process_template_version")
class ProcessTemplateVersion {

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

    ProcessTemplateVersion(long templateId, int number, String body, String note, String author,
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
    int number() { return number; }
    String body() { return body; }
    String note() { return note; }
    String author() { return author; }
    Long retrospectiveId() { return retrospectiveId; }
    Instant createdAt() { return createdAt; }
}
