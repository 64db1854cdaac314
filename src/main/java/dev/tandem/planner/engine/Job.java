package dev.tandem.planner.engine;

/** An activity as a value of the priority order, by its index in the problem. */
public final class Job {

    private final int index;

    Job(int index) {
        this.index = index;
    }

    int index() {
        return index;
    }

    @Override
    public String toString() {
        return "Job" + index;
    }
}
