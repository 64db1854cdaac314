package dev.tandem.register;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Scorecards extends JpaRepository<Scorecard, Long> {

    List<Scorecard> findByProjectIdOrderByScoredAtDescIdDesc(long projectId);

    List<Scorecard> findByProjectIdInOrderByScoredAtDescIdDesc(Collection<Long> projectIds);

    List<Scorecard> findByProjectIdAndItemKeyOrderByScoredAtDescIdDesc(long projectId, String itemKey);
}
