package dev.tandem.workitem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkflowStatuses extends JpaRepository<WorkflowStatus, Long> {

    List<WorkflowStatus> findByProjectIdOrderByPosition(long projectId);
}
