package dev.tandem.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TechDebts extends JpaRepository<TechDebt, Long> {

    List<TechDebt> findByProjectIdOrderByNumberAsc(long projectId);

    Optional<TechDebt> findByProjectIdAndNumber(long projectId, int number);

    @Query("select coalesce(max(d.number), 0) from TechDebt d where d.projectId = ?1")
    int maxNumber(long projectId);
}
