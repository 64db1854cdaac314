package dev.tandem.workitem;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "sprint")
class Sprint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String name;
    private String goal;
    private LocalDate startDate;
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "sprint_state")
    private SprintState state = SprintState.PLANNED;
    private Long activeInProject;
    private BigDecimal committedPoints;
    private BigDecimal completedPoints;
    private Instant startedAt;
    private Instant completedAt;
    @Version
    private long version;
    private Instant createdAt;

    protected Sprint() {
    }

    Sprint(long projectId, String name, String goal, LocalDate startDate, LocalDate endDate, Instant now) {
        this.projectId = projectId;
        this.name = name;
        this.goal = goal;
        this.startDate = startDate;
        this.endDate = endDate;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    String name() { return name; }
    String goal() { return goal; }
    LocalDate startDate() { return startDate; }
    LocalDate endDate() { return endDate; }
    SprintState state() { return state; }
    BigDecimal committedPoints() { return committedPoints; }
    BigDecimal completedPoints() { return completedPoints; }
    Instant startedAt() { return startedAt; }
    Instant completedAt() { return completedAt; }
    long version() { return version; }

    boolean open() {
        return state != SprintState.COMPLETED;
    }

    void rename(String name) { this.name = name; }
    void setGoal(String goal) { this.goal = goal; }
    void setDates(LocalDate start, LocalDate end) {
        this.startDate = start;
        this.endDate = end;
    }

    void start(Instant now, BigDecimal committed) {
        state = SprintState.ACTIVE;
        activeInProject = projectId;
        startedAt = now;
        committedPoints = committed;
    }

    void complete(Instant now, BigDecimal completed) {
        state = SprintState.COMPLETED;
        activeInProject = null;
        completedAt = now;
        completedPoints = completed;
    }
}
