package dev.tandem.planning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SuccessMetrics extends JpaRepository<SuccessMetric, Long> {

    List<SuccessMetric> findByProjectIdOrderByIdAsc(long projectId);
}
