package dev.tandem.delayrisk.engine;

/**
 * The explainable features of an item's delay risk. {@code scale} brings each to about one unit before the model
 * sees it (so its weight reads "per scale units"); {@code ruleWeight} is the cold-start rule's weight per raw unit
 * (see docs/contexts/delayrisk.md); a factor's words are the message {@code delayrisk.factor.<name>}.
 */
public enum Feature {
    FLOAT_DAYS("floatDays", 10, -0.05),
    ELAPSED_RATIO("elapsedRatio", 1, 1.2),
    LATE_START_DAYS("lateStartDays", 5, 0.15),
    ESTIMATE_HOURS("estimateHours", 40, 0.01),
    ASSIGNEE_LOAD("assigneeLoad", 1, 0.8),
    LEAVE_DAYS("leaveDays", 5, 0.15),
    DEPENDENCY_DEPTH("dependencyDepth", 3, 0.10),
    FAN_IN("fanIn", 3, 0.10),
    BLOCKED_DAYS("blockedDays", 5, 0.25),
    REOPENS("reopens", 1, 0.5),
    SCOPE_CHURN("scopeChurn", 3, 0.15),
    OPEN_BUGS("openBugs", 2, 0.4),
    ASSIGNEE_LATE_SHARE("assigneeLateShare", 1, 1.0),
    TEAM_LATE_SHARE("teamLateShare", 1, 1.0),
    DAYS_TO_MILESTONE("daysToMilestone", 20, -0.005);

    /** The cold-start rule's log-odds before any factor. */
    public static final double RULE_INTERCEPT = -2.0;

    private final String code;
    private final double scale;
    private final double ruleWeight;

    Feature(String code, double scale, double ruleWeight) {
        this.code = code;
        this.scale = scale;
        this.ruleWeight = ruleWeight;
    }

    public String code() {
        return code;
    }

    public double scale() {
        return scale;
    }

    public double ruleWeight() {
        return ruleWeight;
    }

    public String messageKey() {
        return "delayrisk.factor." + code;
    }
}
