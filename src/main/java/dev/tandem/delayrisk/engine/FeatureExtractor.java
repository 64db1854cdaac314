package dev.tandem.delayrisk.engine;

import static dev.tandem.delayrisk.engine.ProjectHistory.weekdaysBetween;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes an item's {@link Feature}s as the project stood at the end of a day, from the item history alone, so the
 * same code describes a finished item half-way through its life (for training) and an open item today.
 */
public final class FeatureExtractor {

    private static final Set<String> SCOPE_FIELDS = Set.of("type", "title", "description", "storyPoints",
            "estimateHours", "plannedStart", "plannedFinish", "dueDate");
    private static final int FLOAT_CAP = 30;
    private static final int MILESTONE_HORIZON = 60;
    private static final double HOURS_PER_POINT = 6;

    private final ProjectHistory project;
    private final Map<String, ItemHistory> byKey;
    private final Map<String, List<ItemHistory>> successors;
    private final Map<String, List<ItemHistory>> children = new HashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();

    public FeatureExtractor(ProjectHistory project) {
        this.project = project;
        this.byKey = project.byKey();
        this.successors = project.successors();
        for (ItemHistory item : project.items()) {
            if (item.parent() != null) {
                children.computeIfAbsent(item.parent(), k -> new ArrayList<>()).add(item);
            }
        }
    }

    /** The features of the item at the end of {@code day}, in {@link Feature} order, in raw units. */
    public double[] features(ItemHistory item, LocalDate day) {
        double[] v = new double[Feature.values().length];
        LocalDate target = item.targetAsOf(day);
        LocalDate start = item.dateAsOf("plannedStart", day);
        String assignee = item.valueAsOf("assignee", day);
        v[Feature.FLOAT_DAYS.ordinal()] = floatDays(item, target, day);
        v[Feature.ELAPSED_RATIO.ordinal()] = elapsedRatio(start, target, day);
        v[Feature.LATE_START_DAYS.ordinal()] = lateStartDays(item, start, day);
        v[Feature.ESTIMATE_HOURS.ordinal()] = hours(item, day);
        v[Feature.ASSIGNEE_LOAD.ordinal()] = assigneeLoad(assignee, day);
        v[Feature.LEAVE_DAYS.ordinal()] = leaveDays(assignee, day, target);
        v[Feature.DEPENDENCY_DEPTH.ordinal()] = depth(item.key(), new HashSet<>());
        v[Feature.FAN_IN.ordinal()] = item.predecessors().size();
        v[Feature.BLOCKED_DAYS.ordinal()] = blockedDays(item, day);
        v[Feature.REOPENS.ordinal()] = reopens(item, day);
        v[Feature.SCOPE_CHURN.ordinal()] = scopeChurn(item, day);
        v[Feature.OPEN_BUGS.ordinal()] = openBugs(item, day);
        v[Feature.ASSIGNEE_LATE_SHARE.ordinal()] = assignee == null ? 0 : lateShare(day, assignee);
        v[Feature.TEAM_LATE_SHARE.ordinal()] = lateShare(day, null);
        v[Feature.DAYS_TO_MILESTONE.ordinal()] = daysToMilestone(item, day);
        return v;
    }

    /**
     * Working days the item may slip before it delays what follows: to the earliest planned start of its successors,
     * else to its parent's finish, else to the project's last planned finish. Capped at 30.
     */
    int floatDays(ItemHistory item, LocalDate target, LocalDate day) {
        if (target == null) {
            return FLOAT_CAP;
        }
        LocalDate limit = null;
        for (ItemHistory s : successors.getOrDefault(item.key(), List.of())) {
            LocalDate sStart = s.dateAsOf("plannedStart", day);
            LocalDate next = sStart != null ? sStart.minusDays(1) : s.targetAsOf(day);
            if (next != null && (limit == null || next.isBefore(limit))) {
                limit = next;
            }
        }
        if (limit == null && item.parent() != null && byKey.containsKey(item.parent())) {
            limit = byKey.get(item.parent()).targetAsOf(day);
        }
        if (limit == null) {
            for (ItemHistory other : project.items()) {
                LocalDate t = other.existedOn(day) ? other.targetAsOf(day) : null;
                if (t != null && (limit == null || t.isAfter(limit))) {
                    limit = t;
                }
            }
        }
        int days = limit == null ? 0 : weekdaysBetween(target.plusDays(1), limit.plusDays(1));
        return Math.max(-FLOAT_CAP, Math.min(FLOAT_CAP, days));
    }

    /** The share of the planned working days already gone (0 before the start, 1 on the planned finish), up to 3. */
    static double elapsedRatio(LocalDate start, LocalDate target, LocalDate day) {
        if (start == null || target == null || !day.isAfter(start)) {
            return 0;
        }
        int planned = Math.max(1, weekdaysBetween(start, target.plusDays(1)));
        return Math.min(3, weekdaysBetween(start, day) / (double) planned);
    }

    /** Working days between the planned start and the real one, or today when work has not started yet. */
    static int lateStartDays(ItemHistory item, LocalDate start, LocalDate day) {
        if (start == null) {
            return 0;
        }
        LocalDate began = item.actualStart() != null && !item.actualStart().isAfter(day) ? item.actualStart() : day;
        return Math.max(0, Math.min(20, weekdaysBetween(start, began)));
    }

    static double hours(ItemHistory item, LocalDate day) {
        double hours = item.numberAsOf("estimateHours", day);
        return hours > 0 ? hours : item.numberAsOf("storyPoints", day) * HOURS_PER_POINT;
    }

    /** The assignee's planned hours in the coming week over the hours they can give in it (1 = fully loaded). */
    double assigneeLoad(String assignee, LocalDate day) {
        if (assignee == null || !project.weeklyHours().containsKey(assignee)) {
            return 0;
        }
        LocalDate weekEnd = day.plusDays(7);
        Set<LocalDate> away = project.leave().getOrDefault(assignee, Set.of());
        long awayDays = away.stream().filter(d -> !d.isBefore(day) && d.isBefore(weekEnd)).count();
        double available = project.weeklyHours().get(assignee) * Math.max(0, 5 - awayDays) / 5.0;
        double planned = 0;
        for (ItemHistory other : project.items()) {
            if (!other.existedOn(day) || other.finishedBy(day) || !assignee.equals(other.valueAsOf("assignee", day))) {
                continue;
            }
            LocalDate s = other.dateAsOf("plannedStart", day);
            LocalDate f = other.targetAsOf(day);
            double h = hours(other, day);
            if (s == null || f == null || h == 0) {
                continue;
            }
            LocalDate from = s.isBefore(day) ? day : s;
            LocalDate to = f.isBefore(day) ? day : f.plusDays(1);
            int overlap = weekdaysBetween(from, to.isAfter(weekEnd) ? weekEnd : to);
            int length = Math.max(1, weekdaysBetween(from, to));
            if (overlap > 0) {
                planned += h * overlap / length;
            }
        }
        return available <= 0 ? (planned > 0 ? 3 : 0) : Math.min(3, planned / available);
    }

    /** Days of leave the assignee takes from the day to the item's finish. */
    double leaveDays(String assignee, LocalDate day, LocalDate target) {
        if (assignee == null || target == null) {
            return 0;
        }
        return Math.min(20, project.leave().getOrDefault(assignee, Set.of()).stream()
                .filter(d -> d.isAfter(day) && !d.isAfter(target)).count());
    }

    /** How many links lie behind the item on its longest chain of predecessors. */
    int depth(String key, Set<String> visiting) {
        Integer known = depths.get(key);
        if (known != null) {
            return known;
        }
        ItemHistory item = byKey.get(key);
        if (item == null || !visiting.add(key)) {
            return 0;
        }
        int deepest = 0;
        for (String p : item.predecessors()) {
            deepest = Math.max(deepest, 1 + depth(p, visiting));
        }
        visiting.remove(key);
        depths.put(key, deepest);
        return deepest;
    }

    /** Days the item spent blocked up to the end of the day, its current spell included. */
    static double blockedDays(ItemHistory item, LocalDate day) {
        Instant end = ItemHistory.endOf(day);
        Instant since = null;
        double seconds = 0;
        for (ItemHistory.Change c : item.changes()) {
            if (!c.at().isBefore(end) || !"blocked".equals(c.field())) {
                continue;
            }
            if ("true".equals(c.newValue()) && since == null) {
                since = c.at();
            } else if ("false".equals(c.newValue()) && since != null) {
                seconds += c.at().getEpochSecond() - since.getEpochSecond();
                since = null;
            }
        }
        if (since != null) {
            seconds += end.getEpochSecond() - since.getEpochSecond();
        }
        return Math.floor(seconds / 86_400.0);
    }

    /** Times the item went from a done status back to one that is not. */
    int reopens(ItemHistory item, LocalDate day) {
        Instant end = ItemHistory.endOf(day);
        return (int) item.changes().stream()
                .filter(c -> c.at().isBefore(end) && "status".equals(c.field())
                        && project.doneStatuses().contains(c.oldValue()) && !project.doneStatuses().contains(c.newValue()))
                .count();
    }

    /** Changes to the item's scope, estimates or dates after it was created. */
    static int scopeChurn(ItemHistory item, LocalDate day) {
        Instant end = ItemHistory.endOf(day);
        return (int) item.changes().stream()
                .filter(c -> c.at().isBefore(end) && c.at().isAfter(item.createdAt()) && SCOPE_FIELDS.contains(c.field()))
                .count();
    }

    /** Bugs filed under the item that were open at the end of the day. */
    int openBugs(ItemHistory item, LocalDate day) {
        return (int) children.getOrDefault(item.key(), List.of()).stream()
                .filter(c -> "bug".equals(c.type()) && c.existedOn(day) && !c.finishedBy(day))
                .count();
    }

    /**
     * The share of the person's (or, for {@code null}, the whole project's) items finished before the day that
     * finished late, smoothed towards one half so that one item does not say 0 % or 100 %.
     */
    double lateShare(LocalDate day, String assignee) {
        int finished = 0;
        int late = 0;
        for (ItemHistory other : project.items()) {
            if (other.actualFinish() == null || !other.actualFinish().isBefore(day) || other.isMilestone()) {
                continue;
            }
            if (assignee != null && !assignee.equals(other.valueAsOf("assignee", other.actualFinish()))) {
                continue;
            }
            LocalDate target = other.targetAsOf(other.actualFinish());
            if (target == null) {
                continue;
            }
            finished++;
            if (other.actualFinish().isAfter(target)) {
                late++;
            }
        }
        return (late + 1.0) / (finished + 2.0);
    }

    /** Working days from the day to the nearest milestone still to come (60 when there is none). */
    int daysToMilestone(ItemHistory item, LocalDate day) {
        int nearest = MILESTONE_HORIZON;
        for (ItemHistory m : project.items()) {
            if (!m.isMilestone() || m == item || m.finishedBy(day) || !m.existedOn(day)) {
                continue;
            }
            LocalDate t = m.targetAsOf(day);
            if (t != null && !t.isBefore(day)) {
                nearest = Math.min(nearest, weekdaysBetween(day, t));
            }
        }
        return nearest;
    }
}
