package dev.tandem.planner.engine;

/**
 * One reason a problem has no plan or no assignment; {@code kind} names a message key ({@code planner.infeasible.<kind>}), the other
 * fields are its arguments (either may be null).
 */
public record Infeasibility(Kind kind, String activity, String resource) {

    public enum Kind {
        /** The activity needs more of the resource a day than the resource ever has. */
        DEMAND_ABOVE_CAPACITY,
        /** The dependencies go round in a circle. */
        DEPENDENCY_CYCLE,
        /** Nobody has the skills the item needs at the levels it needs ({@code resource} names them). */
        NO_QUALIFIED_PERSON,
        /** The item is pinned to someone who is unknown or lacks its skills ({@code resource} is that person's id). */
        PIN_UNQUALIFIED,
        /** The item is pinned to dates that end after its finish-no-later-than ({@code resource} is that date). */
        PIN_AFTER_DUE,
        /** Pinned items clash with their dependencies or with capacity: every plan overloads someone. */
        PINS_CLASH,
        /** Every assignment the search found puts someone over capacity on the items' dates ({@code resource} names the hours). */
        OVER_CAPACITY
    }

    public String messageKey() {
        return "planner.infeasible." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
