package dev.tandem.workitem;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

/** An item's place in a sprint, and once the sprint is completed what became of it. */
@Entity
@Table(name = "sprint_item")
class SprintItem {

    /** What became of an item when its sprint completed. */
    enum Outcome { DONE, CARRIED, RETURNED }

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

    SprintItem(long sprintId, long workItemId, Instant addedAt) {
        this.sprintId = sprintId;
        this.workItemId = workItemId;
        this.openItem = workItemId;
        this.addedAt = addedAt;
    }

    Long id() { return id; }
    Long sprintId() { return sprintId; }
    Long workItemId() { return workItemId; }
    Instant addedAt() { return addedAt; }
    Outcome outcome() { return outcome; }
    Long carriedTo() { return carriedTo; }
    BigDecimal closedPoints() { return closedPoints; }
    BigDecimal closedHours() { return closedHours; }

    void close(Outcome outcome, Long carriedTo, BigDecimal points, BigDecimal hours) {
        this.outcome = outcome;
        this.carriedTo = carriedTo;
        this.closedPoints = points;
        this.closedHours = hours;
        this.openItem = null;
    }
}
