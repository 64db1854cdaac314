package dev.tandem.planner.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import dev.tandem.planner.PlanStatus;

public interface Plans extends JpaRepository<Plan, Long> {

    List<Plan> findByProjectIdAndStatus(long projectId, PlanStatus status);

    Optional<Plan> findFirstByProjectIdOrderByIdDesc(long projectId);
}
