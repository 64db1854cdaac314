package dev.tandem.workitem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkItemChanges extends JpaRepository<WorkItemChange, Long> {

    List<WorkItemChange> findByWorkItemIdOrderByChangedAtAscIdAsc(long workItemId);

    List<WorkItemChange> findByProjectIdAndChangedAtAfterOrderByChangedAtAscIdAsc(long projectId, java.time.Instant since);
}
