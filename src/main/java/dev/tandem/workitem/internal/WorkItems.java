package dev.tandem.workitem.internal;

import dev.tandem.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkItems extends JpaRepository<WorkItem, Long> {

    Optional<WorkItem> findByKey(String key);

    Optional<WorkItem> findFirstByKeyIgnoreCase(String key);

    /**
     * By key in any case. Keys are upper case (project key, dash, number), so the exact lookup of the upper-cased key
     * uses the key's unique index; comparing case-insensitively reads every row and is only the fallback.
     */
    default Optional<WorkItem> findByKeyIgnoreCase(String key) {
        Optional<WorkItem> exact = findByKey(key.toUpperCase(Locale.ROOT));
        return exact.isPresent() ? exact : findFirstByKeyIgnoreCase(key);
    }

    List<WorkItem> findByProjectIdOrderByNumber(long projectId);

    long countByParentId(long parentId);

    @Query("select max(i.rank) from WorkItem i where i.projectId = :projectId")
    String maxRank(long projectId);

    List<WorkItem> findByProjectIdOrderByRank(long projectId);

    long countByProjectIdAndStatusId(long projectId, long statusId);

    @Query("""
            select i from WorkItem i
            where i.projectId = :projectId
              and (:type is null or i.type = :type)
              and (:statusId is null or i.statusId = :statusId)
              and (:assigneeId is null or i.assigneeId = :assigneeId)
              and (:blocked is null or i.blocked = :blocked)
              and (:label is null or :label member of i.labels)
              and (:text is null or lower(i.title) like :text escape '!' or lower(i.key) like :text escape '!'
                   or lower(i.description) like :text escape '!')
            order by i.number""")
    Page<WorkItem> search(long projectId, WorkItemType type, Long statusId, Long assigneeId, Boolean blocked,
                          String label, String text, Pageable pageable);

    @Query("""
            select i from WorkItem i
            where i.projectId in :projectIds
              and (lower(i.title) like :text escape '!' or lower(i.key) like :text escape '!')
            order by i.projectId, i.number""")
    List<WorkItem> findMatching(Collection<Long> projectIds, String text, Pageable pageable);

    @Query("""
            select i from WorkItem i, WorkflowStatus s
            where i.projectId = :projectId and s.id = i.statusId and s.category <> dev.tandem.workitem.StatusCategory.DONE
              and i.dueDate < :today
            order by i.dueDate""")
    List<WorkItem> findOverdue(long projectId, LocalDate today);

    List<WorkItem> findByProjectIdAndBlockedTrueOrderByBlockedSince(long projectId);

    @Query("""
            select i from WorkItem i
            where i.projectId = :projectId and i.type = dev.tandem.workitem.WorkItemType.MILESTONE
            order by coalesce(i.dueDate, i.plannedFinish), i.number""")
    List<WorkItem> findMilestones(long projectId);

    @Query("select i.statusId, count(i) from WorkItem i where i.projectId = :projectId group by i.statusId")
    List<Object[]> countByStatus(long projectId);

    @Query("""
            select i from WorkItem i, WorkflowStatus s
            where i.assigneeId in :personIds and i.projectId <> :projectId and s.id = i.statusId
              and s.category <> dev.tandem.workitem.StatusCategory.DONE
              and i.plannedStart is not null and i.plannedFinish is not null and i.plannedFinish >= :from
            order by i.plannedStart""")
    List<WorkItem> findBookedElsewhere(Collection<Long> personIds, long projectId, LocalDate from);
}
