package dev.tandem.planner.engine;

/**
 * One reason a problem has no plan; {@code kind} names a message key ({@code planner.infeasible.<kind>}), the other
 * fields are its arguments (either may be null).
 */
public record Infeasibility(Kind kind, String activity, String resource) {

    public enum Kind {
        /** The activity needs more of the resource a day than the resource ever has. */
        DEMAND_ABOVE_CAPACITY,
        /** The dependencies go round in a circle. */
        DEPENDENCY_CYCLE
    }

    public String messageKey() {
        return "planner.infeasible." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
