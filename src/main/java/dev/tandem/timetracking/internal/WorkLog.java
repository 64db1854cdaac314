package dev.tandem.timetracking.internal;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Hours one person spent on one item on one day. */
@Entity
@Table(name = "work_log")
public class WorkLog {

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

    public WorkLog(long projectId, long workItemId, String itemKey, long personId, LocalDate workDate, BigDecimal hours,
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

    public Long id() { return id; }
    Long projectId() { return projectId; }
    public Long workItemId() { return workItemId; }
    public String itemKey() { return itemKey; }
    public Long personId() { return personId; }
    public LocalDate workDate() { return workDate; }
    public BigDecimal hours() { return hours; }
    public String note() { return note; }
    public long version() { return version; }

    public void setWorkDate(LocalDate workDate) { this.workDate = workDate; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
    public void setNote(String note) { this.note = note; }
}
