package dev.tandem.workitem;

import jakarta.persistence.*;

@Entity
@Table(name = "workflow_status")
class WorkflowStatus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String name;
    @Enumerated(EnumType.STRING)
    private StatusCategory category;
    private int position;
    private Integer wipLimit;

    protected WorkflowStatus() {
    }

    WorkflowStatus(long projectId, String name, StatusCategory category, int position) {
        this.projectId = projectId;
        this.name = name;
        this.category = category;
        this.position = position;
    }

    Long id() { return id; }
    String name() { return name; }
    StatusCategory category() { return category; }
    int position() { return position; }
    Integer wipLimit() { return wipLimit; }

    void setWipLimit(Integer wipLimit) { this.wipLimit = wipLimit; }

    StatusView view() {
        return new StatusView(id, name, category, position, wipLimit);
    }
}
