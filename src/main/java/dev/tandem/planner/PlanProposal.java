package dev.tandem.planner;

import java.time.LocalDate;
import java.util.List;

/**
 * What a solve proposes against today's plan: items that move (old and new dates, inclusive), items that change hands
 * (with the reasons, as message keys and arguments), each milestone's date before and after, and each person's load
 * by week before and after. An infeasible problem has {@code infeasibilities} and nothing else.
 */
public record PlanProposal(List<Move> moved, List<Reassignment> reassigned, List<MilestoneShift> milestones,
                           Load load, List<Message> infeasibilities) {

    public PlanProposal {
        moved = List.copyOf(moved);
        reassigned = List.copyOf(reassigned);
        milestones = List.copyOf(milestones);
        infeasibilities = List.copyOf(infeasibilities);
    }

    public static PlanProposal infeasible(List<Message> reasons) {
        return new PlanProposal(List.of(), List.of(), List.of(), null, reasons);
    }

    public record Move(String key, String title, LocalDate oldStart, LocalDate oldFinish, LocalDate newStart,
                       LocalDate newFinish) {
    }

    public record Reassignment(String key, String title, String oldPerson, String oldPersonName, String newPerson,
                               String newPersonName, List<Message> reasons) {
    }

    public record MilestoneShift(String key, String title, LocalDate before, LocalDate after, LocalDate baseline) {

        public boolean pastBaseline() {
            return baseline != null && after != null && after.isAfter(baseline);
        }
    }

    /** Hours by week (Mondays in {@code weeks}) for each person: capacity, and load before and after the proposal. */
    public record Load(List<LocalDate> weeks, List<PersonLoad> people) {
    }

    public record PersonLoad(String username, String name, List<Integer> capacity, List<Integer> before,
                             List<Integer> after) {
    }

    /** A sentence for either language: a message key and its arguments. */
    public record Message(String key, List<Object> args) {

        public Message {
            args = List.copyOf(args);
        }
    }
}
