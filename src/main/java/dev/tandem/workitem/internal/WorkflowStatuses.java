package dev.tandem.workitem.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkflowStatuses extends JpaRepository<WorkflowStatus, Long> {

    List<WorkflowStatus> findByProjectIdOrderByPosition(long projectId);
}
