package dev.tandem.change.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ChangeRequests extends JpaRepository<ChangeRequest, Long> {

    List<ChangeRequest> findByProjectIdOrderByNumberDesc(long projectId);

    /** Votes and state changes take this lock, so two approvals arriving at once are decided one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ChangeRequest c where c.id = :id")
    Optional<ChangeRequest> findForDecision(long id);
}
