package dev.tandem.planning.internal;

import dev.tandem.portfolio.ProjectRole;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The record of a project's kick-off (joint planning) meeting; one per project. */
@Entity
@Table(name = "kickoff")
public class Kickoff {

    @Id
    private Long projectId;
    private LocalDate heldOn;
    private boolean agreedValue;
    private boolean agreedDifficulties;
    private boolean agreedMetrics;
    private String decisions;
    @Version
    private long version;
    private Instant updatedAt;
    private String updatedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kickoff_participant", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyColumn(name = "person_id")
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Map<Long, ProjectRole> participants = new LinkedHashMap<>();

    protected Kickoff() {
    }

    public Kickoff(long projectId) {
        this.projectId = projectId;
    }

    public LocalDate heldOn() { return heldOn; }
    public boolean agreedValue() { return agreedValue; }
    public boolean agreedDifficulties() { return agreedDifficulties; }
    public boolean agreedMetrics() { return agreedMetrics; }
    public String decisions() { return decisions; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
    public Map<Long, ProjectRole> participants() { return participants; }

    public void record(LocalDate heldOn, boolean value, boolean difficulties, boolean metrics, String decisions,
                Map<Long, ProjectRole> participants, String by, Instant at) {
        this.heldOn = heldOn;
        this.agreedValue = value;
        this.agreedDifficulties = difficulties;
        this.agreedMetrics = metrics;
        this.decisions = decisions;
        this.participants.clear();
        this.participants.putAll(participants);
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
