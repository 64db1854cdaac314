package dev.tandem.retrospective.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Retrospectives extends JpaRepository<Retrospective, Long> {

    List<Retrospective> findByProjectIdOrderByCreatedAtDescIdDesc(long projectId);

    /** Locks the retrospective so that one person's simultaneous votes are counted one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Retrospective r where r.id = :id")
    Optional<Retrospective> lockById(long id);
}
