package dev.tandem.planner;

/** Where a plan is in its life: solving, then a result, then what people made of it. */
public enum PlanStatus {
    RUNNING, READY, FAILED, INFEASIBLE, CANCELLED, ACCEPTED, DISCARDED;

    boolean finished() {
        return this != RUNNING;
    }
}
