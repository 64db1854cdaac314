package dev.tandem.planner.engine;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.BendableScore;
import java.util.Arrays;
import java.util.List;

/**
 * The solver's view of a leveling problem: one priority order of all activities (the planning list variable), which
 * the serial scheduler decodes into a schedule. Score levels: hard = overload and broken pins; soft = milestone
 * lateness, finish, activities moved from today's plan.
 */
@PlanningSolution
public class LevelingPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Job> jobs;

    @PlanningEntityProperty
    private PriorityOrder order;

    @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = 3)
    private BendableScore score;

    /** Shared by the working solution and its clones; the solver runs on one thread. */
    private SerialScheduler scheduler;
    private boolean justify;
    /** The order last decoded and its starts, and the order the search last moved from with its rewrite. */
    private int[] lastIndices;
    private int[] lastStarts;
    private int[] currentIndices;
    private int[] currentByStarts;

    public LevelingPlan() {
    }

    LevelingPlan(List<Job> jobs, PriorityOrder order, SerialScheduler scheduler, boolean justify) {
        this.jobs = jobs;
        this.order = order;
        this.scheduler = scheduler;
        this.justify = justify;
    }

    // Timefold reads and writes the annotated fields through public accessors

    public List<Job> getJobs() {
        return jobs;
    }

    public void setJobs(List<Job> jobs) {
        this.jobs = jobs;
    }

    public PriorityOrder getOrder() {
        return order;
    }

    public void setOrder(PriorityOrder order) {
        this.order = order;
    }

    public BendableScore getScore() {
        return score;
    }

    public void setScore(BendableScore score) {
        this.score = score;
    }

    SerialScheduler.Evaluation evaluate() {
        int[] indices = indices();
        SerialScheduler.Evaluation evaluation = scheduler.schedule(indices, justify);
        lastIndices = indices;
        lastStarts = scheduler.starts();
        return evaluation;
    }

    /**
     * This order rewritten to the order of the starts it decodes to (ties keep this order). The search's current order
     * was decoded when it was scored, or its rewrite was asked for before, so this rarely decodes again.
     */
    int[] orderByDecodedStarts() {
        int[] indices = indices();
        if (!Arrays.equals(indices, currentIndices)) {
            if (!Arrays.equals(indices, lastIndices)) {
                evaluate();
            }
            currentIndices = indices;
            currentByStarts = SerialScheduler.orderByStarts(lastStarts, indices);
        }
        return currentByStarts;
    }

    private int[] indices() {
        List<Job> sequence = order.getJobs();
        int[] indices = new int[sequence.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = sequence.get(i).index();
        }
        return indices;
    }

    /** Decodes the order once more; the starts and picks are then in the scheduler. */
    SerialScheduler decoded() {
        evaluate();
        return scheduler;
    }
}
