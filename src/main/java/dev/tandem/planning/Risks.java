package dev.tandem.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Risks extends JpaRepository<Risk, Long> {

    List<Risk> findByProjectIdOrderByNumberAsc(long projectId);

    Optional<Risk> findByProjectIdAndNumber(long projectId, int number);

    @Query("select coalesce(max(r.number), 0) from Risk r where r.projectId = ?1")
    int maxNumber(long projectId);
}
