package dev.tandem.workitem.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Boards extends JpaRepository<BoardSettings, Long> {

    /** Holds the board's row until the configuration commits, so concurrent configurations take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from BoardSettings b where b.projectId = :projectId")
    Optional<BoardSettings> findForChange(long projectId);
}
