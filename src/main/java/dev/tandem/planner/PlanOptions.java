package dev.tandem.planner;

/**
 * What a solve may change: {@code assign} says which items get a (new) person, {@code level} whether dates move so
 * that nobody is over capacity.
 */
public record PlanOptions(Assign assign, boolean level) {

    public enum Assign {
        /** Keep every assignee. */
        NONE,
        /** Give a person to the items without one. */
        UNASSIGNED,
        /** Propose a person for every item that is not pinned to its assignee. */
        ALL
    }

    public PlanOptions {
        assign = assign == null ? Assign.UNASSIGNED : assign;
    }

    public String code() {
        return assign.name() + (level ? "+LEVEL" : "");
    }

    public static PlanOptions parse(String code) {
        return new PlanOptions(Assign.valueOf(code.replace("+LEVEL", "")), code.endsWith("+LEVEL"));
    }
}
