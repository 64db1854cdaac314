package dev.tandem.timetracking.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkLogs extends JpaRepository<WorkLog, Long> {

    List<WorkLog> findByWorkItemIdOrderByWorkDateDescIdDesc(long workItemId);

    List<WorkLog> findByProjectIdOrderByWorkDateAscIdAsc(long projectId);

    List<WorkLog> findByPersonIdAndWorkDateBetweenOrderByItemKeyAscWorkDateAsc(long personId, LocalDate from, LocalDate to);

    /** The hours a person logged on a day across all items, leaving one log out (the one being edited). */
    @Query("select coalesce(sum(w.hours), 0) from WorkLog w where w.personId = ?1 and w.workDate = ?2 and w.id <> ?3")
    BigDecimal hoursOn(long personId, LocalDate day, long exceptLogId);

    @Query("select coalesce(sum(w.hours), 0) from WorkLog w where w.workItemId = ?1")
    BigDecimal hoursOnItem(long workItemId);
}
