package dev.tandem.retrospective.internal;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.Instant;

/** The version of a template a project works by. */
@Entity
@Table(name = "project_template_adoption")
@IdClass(TemplateAdoption.Key.class)
public class TemplateAdoption {

    public static class Key implements Serializable {
        private Long projectId;
        private Long templateId;

        Key() {
        }

        public Key(long projectId, long templateId) {
            this.projectId = projectId;
            this.templateId = templateId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(projectId, k.projectId)
                    && java.util.Objects.equals(templateId, k.templateId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(projectId, templateId);
        }
    }

    @Id
    private Long projectId;
    @Id
    private Long templateId;
    private int versionNumber;
    private Instant adoptedAt;

    protected TemplateAdoption() {
    }

    public TemplateAdoption(long projectId, long templateId, int versionNumber, Instant now) {
        this.projectId = projectId;
        this.templateId = templateId;
        this.versionNumber = versionNumber;
        this.adoptedAt = now;
    }

    public Long templateId() { return templateId; }
    public int versionNumber() { return versionNumber; }

    public void adopt(int versionNumber, Instant now) {
        this.versionNumber = versionNumber;
        this.adoptedAt = now;
    }
}
