package dev.tandem.workitem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SprintChanges extends JpaRepository<SprintChange, Long> {

    List<SprintChange> findBySprintIdOrderByChangedAtAscIdAsc(long sprintId);
}
