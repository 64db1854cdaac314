package dev.tandem.planner.engine;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * One item and who does it; only people with the item's skills are candidates, so the skills always hold. Harder
 * items (fewer candidates, then more hours) are placed first by the construction heuristic.
 */
@PlanningEntity(comparatorClass = Assignment.Difficulty.class)
public class Assignment {

    /** From easiest to hardest, as Timefold's "decreasing" construction heuristics expect. */
    public static final class Difficulty implements java.util.Comparator<Assignment> {

        @Override
        public int compare(Assignment a, Assignment b) {
            return java.util.Comparator.comparingInt((Assignment x) -> -x.getCandidates().size())
                    .thenComparingLong(Assignment::hours)
                    .thenComparingInt(Assignment::index)
                    .compare(a, b);
        }
    }

    private int index;
    private WorkItem item;
    private List<DayLoad> dailyLoads;
    private List<Assignee> candidates;
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "candidates")
    private Assignee assignee;

    public Assignment() {
    }

    Assignment(int index, WorkItem item, List<Assignee> candidates, Assignee pinnedTo) {
        this.index = index;
        this.item = item;
        this.candidates = candidates;
        this.dailyLoads = java.util.stream.IntStream.range(item.start(), item.start() + item.duration())
                .mapToObj(day -> new DayLoad(day, item.hoursPerDay())).toList();
        this.pinned = pinnedTo != null;
        this.assignee = pinnedTo;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Assignee> getCandidates() {
        return candidates;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public Assignee getAssignee() {
        return assignee;
    }

    public void setAssignee(Assignee assignee) {
        this.assignee = assignee;
    }

    int index() {
        return index;
    }

    WorkItem item() {
        return item;
    }

    List<DayLoad> dailyLoads() {
        return dailyLoads;
    }

    String epic() {
        return item.epic();
    }

    String component() {
        return item.component();
    }

    long hours() {
        return (long) item.duration() * item.hoursPerDay();
    }

    boolean reassigned() {
        return item.currentPerson() != null && assignee != null && !item.currentPerson().equals(assignee.person().id());
    }
}
