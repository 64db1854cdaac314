package dev.tandem.delayrisk.engine;

/** The parameter of a factor's message ({@code delayrisk.factor.<code>}): the value in the unit the words use. */
public final class FactorText {

    private FactorText() {
    }

    public static Object[] args(Factor factor) {
        double v = factor.value();
        return switch (factor.feature()) {
            case ELAPSED_RATIO, ASSIGNEE_LOAD, ASSIGNEE_LATE_SHARE, TEAM_LATE_SHARE -> new Object[] {Math.round(v * 100)};
            default -> new Object[] {Math.round(v)};
        };
    }
}
