package dev.tandem.planner.engine;

/** An activity as a value of the priority order, by its index in the problem. */
public final class Job {

    private final int index;
    /** Its latest start on the resource-free critical path: jobs close in it are near each other in good orders. */
    private final int lateStart;

    Job(int index, int lateStart) {
        this.index = index;
        this.lateStart = lateStart;
    }

    int lateStart() {
        return lateStart;
    }

    int index() {
        return index;
    }

    @Override
    public String toString() {
        return "Job" + index;
    }
}
