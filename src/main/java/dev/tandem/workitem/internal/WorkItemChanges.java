package dev.tandem.workitem.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkItemChanges extends JpaRepository<WorkItemChange, Long> {

    List<WorkItemChange> findByWorkItemIdOrderByChangedAtAscIdAsc(long workItemId);

    List<WorkItemChange> findByProjectIdAndChangedAtAfterOrderByChangedAtAscIdAsc(long projectId, java.time.Instant since);

    /** Status changes of these items of a project, oldest first. */
    @Query("""
            select c from WorkItemChange c
            where c.projectId = :projectId and c.workItemId in :itemIds and c.field = 'status'
            order by c.changedAt, c.id""")
    List<WorkItemChange> statusChanges(long projectId, Collection<Long> itemIds);

    /** Status changes of a project's items from {@code since} to before {@code until}, oldest first. */
    @Query("""
            select c from WorkItemChange c, WorkItem w
            where w.id = c.workItemId and w.projectId = :projectId and c.field = 'status' and c.changedAt >= :since
              and c.changedAt < :until
            order by c.changedAt, c.id""")
    List<WorkItemChange> statusChangesBetween(long projectId, Instant since, Instant until);
}
