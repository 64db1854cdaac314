package dev.tandem.planning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResults extends JpaRepository<SurveyResult, Long> {

    List<SurveyResult> findByMetricIdInOrderByTakenOnDescIdDesc(Collection<Long> metricIds);
}
