package dev.tandem.workitem;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SprintItems extends JpaRepository<SprintItem, Long> {

    @Query("select i from SprintItem i where i.sprintId = :sprintId order by i.id")
    List<SprintItem> findBySprint(long sprintId);

    @Query("select i from SprintItem i where i.sprintId in :sprintIds order by i.id")
    List<SprintItem> findBySprints(Collection<Long> sprintIds);

    @Query("select i from SprintItem i where i.openItem = :workItemId")
    Optional<SprintItem> findOpen(long workItemId);

    @Query("select i.workItemId from SprintItem i, Sprint s where s.id = i.sprintId and s.projectId = :projectId"
            + " and i.openItem is not null")
    List<Long> openItemIds(long projectId);

    /** Status changes of these items, oldest first: item id, when, old status name, new status name. */
    @Query("""
            select c.workItemId, c.changedAt, c.oldValue, c.newValue from WorkItemChange c
            where c.workItemId in :itemIds and c.field = 'status' order by c.changedAt, c.id""")
    List<Object[]> statusChanges(Collection<Long> itemIds);

    /** Status changes in a project from {@code since} on, oldest first: item id, when, new status name. */
    @Query("""
            select c.workItemId, c.changedAt, c.newValue from WorkItemChange c, WorkItem w
            where w.id = c.workItemId and w.projectId = :projectId and c.field = 'status' and c.changedAt >= :since
              and c.changedAt < :until
            order by c.changedAt, c.id""")
    List<Object[]> statusChangesBetween(long projectId, Instant since, Instant until);
}
