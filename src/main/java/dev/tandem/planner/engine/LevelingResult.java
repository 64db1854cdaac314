package dev.tandem.planner.engine;

import java.util.List;

/**
 * A leveled schedule, or the reasons there is none.
 *
 * @param starts   each activity's start (working-day index), in the problem's order; empty when infeasible
 * @param picks    for each activity with alternatives, the index of the resource picked; -1 for the others
 * @param overload units above capacity plus days by which pins come before their dependencies allow (0 when every
 *                 hard constraint holds; only clashing pins make it positive)
 * @param lateness working days milestones finish past their due finish, summed
 * @param finish   the day after the last activity ends
 * @param moved    activities that start elsewhere than in today's plan
 * @param schedules how many schedules the search decoded (the usual measure of effort on PSPLIB)
 */
public record LevelingResult(List<Infeasibility> infeasibilities, int[] starts, int[] picks, long overload, long lateness,
        int finish, int moved, long schedules) {

    public LevelingResult {
        infeasibilities = List.copyOf(infeasibilities);
        starts = starts.clone();
        picks = picks.clone();
    }

    static LevelingResult infeasible(List<Infeasibility> reasons) {
        return new LevelingResult(reasons, new int[0], new int[0], 0, 0, 0, 0, 0);
    }

    public boolean feasible() {
        return infeasibilities.isEmpty() && overload == 0;
    }

    public int startOf(int activity) {
        return starts[activity];
    }

    @Override
    public int[] starts() {
        return starts.clone();
    }

    @Override
    public int[] picks() {
        return picks.clone();
    }
}
