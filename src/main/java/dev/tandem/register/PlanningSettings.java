package dev.tandem.register;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningSettings extends JpaRepository<PlanningSetting, Long> {

    default PlanningSetting of(long projectId) {
        return findById(projectId).orElseGet(() -> new PlanningSetting(projectId));
    }

    /** The stored row, made now if missing, so that the first edit already moves the version on. */
    default PlanningSetting forUpdate(long projectId) {
        return findById(projectId).orElseGet(() -> saveAndFlush(new PlanningSetting(projectId)));
    }
}
