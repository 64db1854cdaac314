package dev.tandem.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningSettings extends JpaRepository<PlanningSetting, Long> {

    default PlanningSetting of(long projectId) {
        return findById(projectId).orElseGet(() -> new PlanningSetting(projectId));
    }
}
