package dev.tandem.workitem;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "dependency")
class Dependency {

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

    Dependency(long projectId, long predecessorId, long successorId, DependencyType type, int lagDays, Instant now) {
        this.projectId = projectId;
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.type = type;
        this.lagDays = lagDays;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    Long predecessorId() { return predecessorId; }
    Long successorId() { return successorId; }
    DependencyType type() { return type; }
    int lagDays() { return lagDays; }
}
