package dev.tandem.planning.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyResults extends JpaRepository<SurveyResult, Long> {

    List<SurveyResult> findByMetricIdInOrderByTakenOnDescIdDesc(Collection<Long> metricIds);
}
