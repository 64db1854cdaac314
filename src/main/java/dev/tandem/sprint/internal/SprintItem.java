package dev.tandem.sprint.internal;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

/** An item's place in a sprint, and once the sprint is completed what became of it. */
@Entity
@Table(name = "sprint_item")
public class SprintItem {

    /** What became of an item when its sprint completed. */
    public enum Outcome { DONE, CARRIED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sprintId;
    private Long workItemId;
    private Long openItem;
    private Instant addedAt;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private Long carriedTo;
    private BigDecimal closedPoints;
    private BigDecimal closedHours;

    protected SprintItem() {
    }

    public SprintItem(long sprintId, long workItemId, Instant addedAt) {
        this.sprintId = sprintId;
        this.workItemId = workItemId;
        this.openItem = workItemId;
        this.addedAt = addedAt;
    }

    public Long id() { return id; }
    public Long sprintId() { return sprintId; }
    public Long workItemId() { return workItemId; }
    public Instant addedAt() { return addedAt; }
    public Outcome outcome() { return outcome; }
    public Long carriedTo() { return carriedTo; }
    public BigDecimal closedPoints() { return closedPoints; }
    public BigDecimal closedHours() { return closedHours; }

    public void close(Outcome outcome, Long carriedTo, BigDecimal points, BigDecimal hours) {
        this.outcome = outcome;
        this.carriedTo = carriedTo;
        this.closedPoints = points;
        this.closedHours = hours;
        this.openItem = null;
    }
}
