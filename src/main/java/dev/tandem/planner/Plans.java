package dev.tandem.planner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Plans extends JpaRepository<Plan, Long> {

    List<Plan> findByProjectIdAndStatus(long projectId, PlanStatus status);

    Optional<Plan> findFirstByProjectIdOrderByIdDesc(long projectId);
}
