package dev.tandem.workitem.internal;

import dev.tandem.workitem.DependencyType;
import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "dependency")
public class Dependency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private Long predecessorId;
    private Long successorId;
    @Enumerated(EnumType.STRING)
    private DependencyType type;
    private int lagDays;
    private Instant createdAt;

    protected Dependency() {
    }

    public Dependency(long projectId, long predecessorId, long successorId, DependencyType type, int lagDays, Instant now) {
        this.projectId = projectId;
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.type = type;
        this.lagDays = lagDays;
        this.createdAt = now;
    }

    public Long id() { return id; }
    Long projectId() { return projectId; }
    public Long predecessorId() { return predecessorId; }
    public Long successorId() { return successorId; }
    public DependencyType type() { return type; }
    public int lagDays() { return lagDays; }
}
