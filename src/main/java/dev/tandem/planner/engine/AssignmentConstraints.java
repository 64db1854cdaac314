package dev.tandem.planner.engine;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * Hard: nobody works more hours on a day than they have (0 on leave; other projects' hours count). The skills hold by
 * construction (only qualified candidates) and pins by {@code @PlanningPin}. Soft, with the weights below: each extra
 * person on one epic or one component (continuity), the square of each person's load in days, other projects' included (balance), each
 * dependency whose two items go to different people (hand-off), each item taken from its current assignee.
 */
public class AssignmentConstraints implements ConstraintProvider {

    static final int CONTINUITY = 40;
    static final int HAND_OFF = 10;
    static final int REASSIGNED = 60;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            overCapacity(factory), epicContinuity(factory), componentContinuity(factory), balance(factory),
            handOff(factory), reassigned(factory)
        };
    }

    Constraint overCapacity(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .expand(Assignment::dailyLoads)
                .flattenLast(loads -> loads)
                .groupBy((assignment, load) -> assignment.getAssignee(), (assignment, load) -> load.day(),
                        sum((assignment, load) -> load.hours()))
                .filter((assignee, day, hours) -> hours + assignee.person().bookedOn(day)
                        > assignee.person().capacityOn(day))
                .penalize(HardSoftScore.ONE_HARD, (assignee, day, hours) -> hours + assignee.person().bookedOn(day)
                        - assignee.person().capacityOn(day))
                .asConstraint("over capacity");
    }

    Constraint epicContinuity(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.epic() != null)
                .groupBy(Assignment::epic, countDistinct(Assignment::getAssignee))
                .filter((epic, people) -> people > 1)
                .penalize(HardSoftScore.ofSoft(CONTINUITY), (epic, people) -> people - 1)
                .asConstraint("epic split between people");
    }

    Constraint componentContinuity(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(assignment -> assignment.component() != null)
                .groupBy(Assignment::component, countDistinct(Assignment::getAssignee))
                .filter((component, people) -> people > 1)
                .penalize(HardSoftScore.ofSoft(CONTINUITY), (component, people) -> people - 1)
                .asConstraint("component split between people");
    }

    Constraint balance(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .groupBy(Assignment::getAssignee, sum(Assignment::hours))
                .penalize(HardSoftScore.ONE_SOFT, (assignee, hours) -> {
                    long load = hours + assignee.person().bookedHours();
                    return load * load / 64; // days squared, at 8 hours a day
                })
                .asConstraint("unbalanced load");
    }

    Constraint handOff(ConstraintFactory factory) {
        return factory.forEach(ItemLink.class)
                .join(Assignment.class, Joiners.equal(ItemLink::predecessor, Assignment::index))
                .join(Assignment.class, Joiners.equal((link, from) -> link.successor(), Assignment::index))
                .filter((link, from, to) -> from.getAssignee() != to.getAssignee())
                .penalize(HardSoftScore.ofSoft(HAND_OFF))
                .asConstraint("hand-off");
    }

    Constraint reassigned(ConstraintFactory factory) {
        return factory.forEach(Assignment.class)
                .filter(Assignment::reassigned)
                .penalize(HardSoftScore.ofSoft(REASSIGNED))
                .asConstraint("reassigned");
    }
}
