package dev.tandem.workitem.internal;

import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.StatusView;
import jakarta.persistence.*;

@Entity
@Table(name = "workflow_status")
public class WorkflowStatus {

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

    public WorkflowStatus(long projectId, String name, StatusCategory category, int position) {
        this.projectId = projectId;
        this.name = name;
        this.category = category;
        this.position = position;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public StatusCategory category() { return category; }
    int position() { return position; }
    public Integer wipLimit() { return wipLimit; }

    void setWipLimit(Integer wipLimit) { this.wipLimit = wipLimit; }

    public StatusView view() {
        return new StatusView(id, name, category, position, wipLimit);
    }
}
