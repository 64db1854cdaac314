package dev.tandem.sprint.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SprintItems extends JpaRepository<SprintItem, Long> {

    @Query("select i from SprintItem i where i.sprintId = :sprintId order by i.id")
    List<SprintItem> findBySprint(long sprintId);

    @Query("select i from SprintItem i where i.sprintId in :sprintIds order by i.id")
    List<SprintItem> findBySprints(Collection<Long> sprintIds);

    @Query("select i from SprintItem i where i.openItem = :workItemId")
    Optional<SprintItem> findOpen(long workItemId);

    @Query("select i.workItemId from SprintItem i, Sprint s where s.id = i.sprintId and s.projectId = :projectId"
            + " and i.openItem is not null")
    List<Long> openItemIds(long projectId);

    /** Items of these projects still open in a planned or active sprint. */
    @Query("""
            select i.workItemId from SprintItem i, Sprint s
            where s.id = i.sprintId and s.projectId in :projectIds and i.openItem is not null
              and s.state <> dev.tandem.sprint.SprintState.COMPLETED""")
    List<Long> openItemIds(Collection<Long> projectIds);

    /** Items of these projects that are or were in a sprint of this name ({@code name} in lower case). */
    @Query("""
            select i.workItemId from SprintItem i, Sprint s
            where s.id = i.sprintId and s.projectId in :projectIds and lower(s.name) = :name""")
    List<Long> itemIdsInSprintNamed(Collection<Long> projectIds, String name);

    @Query("select distinct s.name from Sprint s where s.projectId in :projectIds order by s.name")
    List<String> sprintNames(Collection<Long> projectIds, Pageable page);
}
