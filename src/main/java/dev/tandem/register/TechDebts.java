package dev.tandem.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TechDebts extends JpaRepository<TechDebt, Long> {

    List<TechDebt> findByProjectIdOrderByNumberAsc(long projectId);

    Optional<TechDebt> findByProjectIdAndNumber(long projectId, int number);
}
