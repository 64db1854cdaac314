package dev.tandem.planning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TechnicalDifficulties extends JpaRepository<TechnicalDifficulty, Long> {

    List<TechnicalDifficulty> findByProjectIdOrderByIdAsc(long projectId);
}
