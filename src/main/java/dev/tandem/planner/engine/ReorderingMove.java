package dev.tandem.planner.engine;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.List;

/**
 * One step of the leveler's search: the current order is first rewritten to the order of the starts in the schedule
 * it decodes to (with its justification), then an activity is moved elsewhere in it or two are swapped. The search
 * thus moves from the order of its best-shaped schedule instead of from an order that only decodes to it
 * (docs/benchmarks.md: on PSPLIB j120 it is worth about three points of deviation).
 * The solver undoes it like any move: every change goes through the solution view.
 */
final class ReorderingMove implements Move<LevelingPlan> {

    private final LevelingPlan plan;
    private final boolean swap;
    private final int from;
    private final int to;

    ReorderingMove(LevelingPlan plan, boolean swap, int from, int to) {
        this.plan = plan;
        this.swap = swap;
        this.from = from;
        this.to = to;
    }

    @Override
    public void execute(MutableSolutionView<LevelingPlan> view) {
        PlanningListVariableMetaModel<LevelingPlan, PriorityOrder, Job> variable =
                view.getSolutionMetaModel().genuineEntity(PriorityOrder.class).listVariable();
        PriorityOrder order = plan.getOrder();
        int[] target = plan.orderByDecodedStarts();
        List<Job> jobs = order.getJobs();
        for (int position = 0; position < target.length; position++) {
            if (jobs.get(position).index() == target[position]) {
                continue;
            }
            int current = position + 1;
            while (jobs.get(current).index() != target[position]) {
                current++;
            }
            view.moveValueInList(variable, order, current, position);
        }
        if (swap) {
            view.swapValuesInList(variable, order, from, to);
        } else {
            view.moveValueInList(variable, order, from, to);
        }
    }

    @Override
    public String describe() {
        return swap ? "reorder and swap" : "reorder and change";
    }

    @Override
    public String toString() {
        return "reorder, then " + (swap ? "swap " : "move ") + from + (swap ? " and " : " to ") + to;
    }
}
