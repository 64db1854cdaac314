package dev.tandem.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SuccessMetrics extends JpaRepository<SuccessMetric, Long> {

    List<SuccessMetric> findByProjectIdOrderByIdAsc(long projectId);
}
