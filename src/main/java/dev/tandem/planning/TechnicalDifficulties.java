package dev.tandem.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TechnicalDifficulties extends JpaRepository<TechnicalDifficulty, Long> {

    List<TechnicalDifficulty> findByProjectIdOrderByIdAsc(long projectId);
}
