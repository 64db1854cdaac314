package dev.tandem.workitem;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Boards extends JpaRepository<BoardSettings, Long> {

    /** Bumps the board's version even when only column limits change, so concurrent configurations conflict. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select b from BoardSettings b where b.projectId = :projectId")
    Optional<BoardSettings> findForChange(long projectId);
}
