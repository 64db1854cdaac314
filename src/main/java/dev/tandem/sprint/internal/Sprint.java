package dev.tandem.sprint.internal;

import dev.tandem.sprint.SprintState;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "sprint")
public class Sprint {

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

    public Sprint(long projectId, String name, String goal, LocalDate startDate, LocalDate endDate, Instant now) {
        this.projectId = projectId;
        this.name = name;
        this.goal = goal;
        this.startDate = startDate;
        this.endDate = endDate;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public String name() { return name; }
    public String goal() { return goal; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public SprintState state() { return state; }
    public BigDecimal committedPoints() { return committedPoints; }
    public BigDecimal completedPoints() { return completedPoints; }
    public Instant startedAt() { return startedAt; }
    public Instant completedAt() { return completedAt; }
    public long version() { return version; }

    public boolean open() {
        return state != SprintState.COMPLETED;
    }

    public void rename(String name) { this.name = name; }
    public void setGoal(String goal) { this.goal = goal; }
    public void setDates(LocalDate start, LocalDate end) {
        this.startDate = start;
        this.endDate = end;
    }

    public void start(Instant now, BigDecimal committed) {
        state = SprintState.ACTIVE;
        activeInProject = projectId;
        startedAt = now;
        committedPoints = committed;
    }

    public void complete(Instant now, BigDecimal completed) {
        state = SprintState.COMPLETED;
        activeInProject = null;
        completedAt = now;
        completedPoints = completed;
    }
}
