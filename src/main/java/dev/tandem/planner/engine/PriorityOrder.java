package dev.tandem.planner.engine;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/** The order in which the serial scheduler places the activities: the one thing the solver changes. */
@PlanningEntity
public class PriorityOrder {

    @PlanningListVariable
    private List<Job> jobs = new ArrayList<>();

    public PriorityOrder() {
    }

    PriorityOrder(List<Job> jobs) {
        this.jobs = new ArrayList<>(jobs);
    }

    public List<Job> getJobs() {
        return jobs;
    }

    public void setJobs(List<Job> jobs) {
        this.jobs = jobs;
    }
}
