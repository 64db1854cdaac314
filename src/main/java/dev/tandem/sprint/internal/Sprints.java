package dev.tandem.sprint.internal;

import dev.tandem.sprint.SprintState;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Sprints extends JpaRepository<Sprint, Long> {

    @Query("select s from Sprint s where s.projectId = :projectId order by s.startDate, s.id")
    public List<Sprint> findByProject(long projectId);

    @Query("select s from Sprint s where s.projectId = :projectId and s.state = :state order by s.startDate, s.id")
    public List<Sprint> findByProjectAndState(long projectId, SprintState state);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Sprint s where s.id = :id")
    Optional<Sprint> findForChange(long id);
}
