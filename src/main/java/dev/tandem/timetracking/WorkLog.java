package dev.tandem.timetracking;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Hours one person spent on one item on one day. */
@Entity
@Table(name = "work_log")
class WorkLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private Long workItemId;
    private String itemKey;
    private Long personId;
    private LocalDate workDate;
    private BigDecimal hours;
    private String note;
    @Version
    private long version;
    private Instant createdAt;

    protected WorkLog() {
    }

    WorkLog(long projectId, long workItemId, String itemKey, long personId, LocalDate workDate, BigDecimal hours,
            String note, Instant now) {
        this.projectId = projectId;
        this.workItemId = workItemId;
        this.itemKey = itemKey;
        this.personId = personId;
        this.workDate = workDate;
        this.hours = hours;
        this.note = note;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    Long workItemId() { return workItemId; }
    String itemKey() { return itemKey; }
    Long personId() { return personId; }
    LocalDate workDate() { return workDate; }
    BigDecimal hours() { return hours; }
    String note() { return note; }
    long version() { return version; }

    void setWorkDate(LocalDate workDate) { this.workDate = workDate; }
    void setHours(BigDecimal hours) { this.hours = hours; }
    void setNote(String note) { this.note = note; }
}
