package dev.tandem.sprint.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SprintChanges extends JpaRepository<SprintChange, Long> {

    public List<SprintChange> findBySprintIdOrderByChangedAtAscIdAsc(long sprintId);
}
