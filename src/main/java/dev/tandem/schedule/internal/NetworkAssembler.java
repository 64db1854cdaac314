package dev.tandem.schedule.internal;

import dev.tandem.schedule.engine.ActivitySchedule;
import dev.tandem.schedule.engine.CriticalPathEngine;
import dev.tandem.schedule.engine.LinkType;
import dev.tandem.schedule.engine.Schedule;
import dev.tandem.schedule.engine.ScheduleNetwork;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns work items and their dependencies into the engine's network. An item's duration comes from its planned
 * dates, else its estimate (three-point days, most-likely days, hours by the assignee's capacity, or points by the
 * project's average days per point), else one day; the source is kept so the Gantt can show it.
 */
public final class NetworkAssembler {

    static final int WORKING_DAYS_PER_WEEK = 5;
    static final BigDecimal DEFAULT_HOURS_PER_DAY = BigDecimal.valueOf(8);

    /**
     * The network of a list of items, with what the Gantt needs besides it. Item {@code i} of {@link #items} is
     * activity {@code i} of the network; {@link #hierarchyOrder} lists positions: each item after its parent, roots
     * and siblings by their key's number. The maps are views made on first use.
     */
    public static final class Assembled {

        private final ScheduleNetwork network;
        private final List<ItemView> items;
        private final int[] hierarchyOrder;
        private final int[] depths;
        private final boolean[] summary;
        private final int[] activityDurations;
        private final String[] activitySources;
        private final int[] parents;

        Assembled(ScheduleNetwork network, List<ItemView> items, int[] hierarchyOrder, int[] depths, boolean[] summary,
                  int[] activityDurations, String[] activitySources, int[] parents) {
            this.network = network;
            this.items = items;
            this.hierarchyOrder = hierarchyOrder;
            this.depths = depths;
            this.summary = summary;
            this.activityDurations = activityDurations;
            this.activitySources = activitySources;
            this.parents = parents;
        }

        public ScheduleNetwork network() {
            return network;
        }

        /** The items, in the network's order. */
        public List<ItemView> items() {
            return items;
        }

        /** Positions of the items in hierarchy order. */
        public int[] hierarchyPositions() {
            return hierarchyOrder.clone();
        }

        int positionInHierarchy(int rank) {
            return hierarchyOrder[rank];
        }

        public int depthAt(int position) {
            return depths[position];
        }

        public boolean summaryAt(int position) {
            return summary[position];
        }

        public int durationAt(int position) {
            return activityDurations[position];
        }

        public String sourceAt(int position) {
            return activitySources[position];
        }

        /** The position of the item's parent among the items, or -1 for a root. */
        public int parentAt(int position) {
            return parents[position];
        }

        public List<ItemView> hierarchyOrder() {
            List<ItemView> ordered = new ArrayList<>(hierarchyOrder.length);
            for (int position : hierarchyOrder) {
                ordered.add(items.get(position));
            }
            return ordered;
        }

        public Map<String, Integer> depth() {
            Map<String, Integer> depth = new HashMap<>();
            for (int i = 0; i < depths.length; i++) {
                depth.put(items.get(i).key(), depths[i]);
            }
            return depth;
        }

        public Set<String> summaries() {
            Set<String> summaries = new HashSet<>();
            for (int i = 0; i < summary.length; i++) {
                if (summary[i]) {
                    summaries.add(items.get(i).key());
                }
            }
            return summaries;
        }

        public Map<String, Integer> durations() {
            Map<String, Integer> durations = new HashMap<>();
            for (int i = 0; i < activityDurations.length; i++) {
                durations.put(items.get(i).key(), activityDurations[i]);
            }
            return durations;
        }

        public Map<String, String> sources() {
            Map<String, String> sources = new HashMap<>();
            for (int i = 0; i < activitySources.length; i++) {
                sources.put(items.get(i).key(), activitySources[i]);
            }
            return sources;
        }
    }

    /** A network scheduled with the assignees' leave folded in. */
    public record Planned(Assembled assembled, Schedule schedule, Map<String, Integer> leaveDays) {
    }

    private NetworkAssembler() {
    }

    /**
     * Schedules the items as {@link #assemble} describes, then again with each item lengthened by the working days its
     * assignee is away while it runs ({@code leaveByUsername}); leave is counted once, on the schedule without leave,
     * which is exact unless the longer item runs into further leave.
     */
    public static Planned plan(List<ItemView> items, List<DependencyView> dependencies, WorkingCalendar calendar,
                               Map<String, BigDecimal> weeklyHoursByUsername, LocalDate today,
                               Map<String, Set<LocalDate>> leaveByUsername) {
        Assembled assembled = assemble(items, dependencies, calendar, weeklyHoursByUsername, today, Map.of());
        Schedule schedule = CriticalPathEngine.schedule(assembled.network());
        Map<String, Integer> leave = leaveDays(items, assembled, schedule, calendar, leaveByUsername);
        if (!leave.isEmpty()) {
            assembled = assemble(items, dependencies, calendar, weeklyHoursByUsername, today, leave);
            schedule = CriticalPathEngine.schedule(assembled.network());
        }
        return new Planned(assembled, schedule, leave);
    }

    private static Map<String, Integer> leaveDays(List<ItemView> items, Assembled assembled, Schedule schedule,
                                                  WorkingCalendar calendar, Map<String, Set<LocalDate>> leaveByUsername) {
        if (leaveByUsername.isEmpty() || schedule.projectFinish() == 0) {
            return Map.of();
        }
        Map<String, Integer> extra = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ItemView item = items.get(i);
            Set<LocalDate> days = item.assignee() == null ? Set.of() : leaveByUsername.getOrDefault(item.assignee(), Set.of());
            if (days.isEmpty() || assembled.summaryAt(i) || assembled.durationAt(i) == 0) {
                continue;
            }
            ActivitySchedule.Dates dates = schedule.activity(i).dates(calendar);
            long count = days.stream().filter(d -> calendar.isWorkingDay(d) && !d.isBefore(dates.earlyStart())
                    && !d.isAfter(dates.earlyFinish())).count();
            if (count > 0) {
                extra.put(item.key(), (int) count);
            }
        }
        return extra;
    }

    /**
     * The plan ({@code today} null), or the forecast as of {@code today}: done work keeps its actual dates, work under
     * way has only its remaining days left from today (a blocked item the days it had left when it was blocked), and
     * nothing unfinished starts before today, so late-running
     * items push their successors. {@code leaveDays} lengthen the items whose assignee is on leave while they run.
     */
    public static Assembled assemble(List<ItemView> items, List<DependencyView> dependencies, WorkingCalendar calendar,
                                     Map<String, BigDecimal> weeklyHoursByUsername, LocalDate today,
                                     Map<String, Integer> leaveDays) {
        int count = items.size();
        var builder = ScheduleNetwork.builder();
        for (ItemView item : items) {
            builder.activity(item.key(), 0);
        }
        int[] parents = new int[count];
        int[] childCount = new int[count];
        for (int i = 0; i < count; i++) {
            String parent = items.get(i).parent();
            parents[i] = parent == null ? -1 : builder.positionOf(parent);
            if (parents[i] >= 0) {
                childCount[parents[i]]++;
            }
        }
        double daysPerPoint = daysPerPoint(items, calendar);
        boolean[] summary = new boolean[count];
        int[] durations = new int[count];
        String[] sources = new String[count];
        for (int i = 0; i < count; i++) {
            ItemView item = items.get(i);
            summary[i] = childCount[i] > 0;
            Activity a = activity(item, summary[i], calendar, weeklyHoursByUsername, today, daysPerPoint,
                    leaveDays.isEmpty() ? 0 : leaveDays.getOrDefault(item.key(), 0));
            builder.duration(i, a.duration());
            durations[i] = a.duration();
            sources[i] = a.source();
            if (a.startNoEarlierThan() != null) {
                builder.startNoEarlierThan(i, a.startNoEarlierThan());
            }
            if (a.finishNoLaterThan() != null) {
                builder.finishNoLaterThan(i, a.finishNoLaterThan());
            }
        }
        for (int i = 0; i < count; i++) {
            if (parents[i] >= 0) {
                builder.parent(i, parents[i]);
            }
        }
        for (DependencyView d : dependencies) {
            int predecessor = builder.positionOf(d.predecessor());
            int successor = builder.positionOf(d.successor());
            // A summary's dates come from its children; the engine links leaves only (see docs/adr/0006).
            if ((predecessor < 0 || !summary[predecessor]) && (successor < 0 || !summary[successor])) {
                if (d.predecessor().equals(d.successor())) {
                    throw new IllegalArgumentException("Dependencies form a cycle: " + d.predecessor() + " → " + d.successor());
                }
                if (predecessor < 0 || successor < 0) {
                    throw new IllegalArgumentException("Unknown activity: " + (predecessor < 0 ? d.predecessor() : d.successor()));
                }
                builder.link(predecessor, successor, linkType(d.type()), d.lagDays());
            }
        }
        int[] depth = new int[count];
        int[] order = hierarchyOrder(items, parents, childCount, depth);
        return new Assembled(builder.build(), items, order, depth, summary, durations, sources, parents);
    }

    /**
     * Every item after its parent, depth first: roots, then each item's children, in the order of their key's number.
     * Fills in each item's depth.
     */
    private static int[] hierarchyOrder(List<ItemView> items, int[] parents, int[] childCount, int[] depth) {
        int count = items.size();
        // children grouped by parent in compressed rows, the roots in an extra row at the end
        int[] start = new int[count + 2];
        for (int i = 0; i < count; i++) {
            start[(parents[i] < 0 ? count : parents[i]) + 1]++;
        }
        for (int r = 0; r <= count; r++) {
            start[r + 1] += start[r];
        }
        int[] next = Arrays.copyOf(start, count + 1);
        int[] members = new int[count];
        for (int i = 0; i < count; i++) {
            members[next[parents[i] < 0 ? count : parents[i]]++] = i;
        }
        // sort each row of two or more by key number, ties in list order
        long[] keys = new long[count];
        for (int r = 0; r <= count; r++) {
            int from = start[r];
            int to = start[r + 1];
            if (to - from < 2) {
                continue;
            }
            for (int j = from; j < to; j++) {
                keys[j] = ((long) number(items.get(members[j])) << 32) | members[j];
            }
            Arrays.sort(keys, from, to);
            for (int j = from; j < to; j++) {
                members[j] = (int) keys[j];
            }
        }
        int[] order = new int[count];
        int length = 0;
        int[] stack = new int[count];
        int top = 0;
        for (int j = start[count + 1] - 1; j >= start[count]; j--) {
            stack[top++] = members[j];
        }
        while (top > 0) {
            int item = stack[--top];
            depth[item] = parents[item] < 0 ? 0 : depth[parents[item]] + 1;
            order[length++] = item;
            for (int j = start[item + 1] - 1; j >= start[item]; j--) {
                stack[top++] = members[j];
            }
        }
        return length == count ? order : Arrays.copyOf(order, length);
    }

    /** How the engine sees one item: its duration, where the duration comes from, and its date constraints. */
    public record Activity(int duration, String source, Integer startNoEarlierThan, Integer finishNoLaterThan) {
    }

    /**
     * One item as {@link #assemble} turns it into an activity; {@code daysPerPoint} is the project's (see
     * {@link #daysPerPoint}) and {@code leaveDays} the working days its assignee is away while it runs.
     */
    public static Activity activity(ItemView item, boolean summary, WorkingCalendar calendar,
                                    Map<String, BigDecimal> weeklyHoursByUsername, LocalDate today, double daysPerPoint,
                                    int leaveDays) {
        int duration;
        String source;
        if (summary) {
            duration = 0;
            source = "children";
        } else if ("milestone".equals(item.type())) {
            duration = 0;
            source = "milestone";
        } else if (item.plannedStart() != null && item.plannedFinish() != null) {
            duration = Math.max(1, calendar.finishIndexOf(item.plannedFinish()) - calendar.startIndexOf(item.plannedStart()));
            source = "planned";
        } else if (item.optimisticDays() != null && item.mostLikelyDays() != null && item.pessimisticDays() != null) {
            BigDecimal pert = item.optimisticDays().add(item.mostLikelyDays().multiply(BigDecimal.valueOf(4)))
                    .add(item.pessimisticDays()).divide(BigDecimal.valueOf(6), 0, RoundingMode.CEILING);
            duration = Math.max(1, pert.intValue());
            source = "three-point";
        } else if (item.mostLikelyDays() != null) {
            duration = Math.max(1, item.mostLikelyDays().setScale(0, RoundingMode.CEILING).intValue());
            source = "estimate-days";
        } else if (item.estimateHours() != null) {
            BigDecimal perDay = hoursPerDay(weeklyHoursByUsername.get(item.assignee()));
            duration = Math.max(1, item.estimateHours().divide(perDay, 0, RoundingMode.CEILING).intValue());
            source = "estimate-hours";
        } else if (item.storyPoints() != null) {
            duration = Math.max(1, (int) Math.ceil(item.storyPoints().doubleValue() * daysPerPoint));
            source = "story-points";
        } else {
            duration = 1;
            source = "default";
        }
        Integer notBefore = summary || item.plannedStart() == null ? null : calendar.startIndexOf(item.plannedStart());
        boolean done = item.statusCategory() == StatusCategory.DONE;
        if (today != null && !summary) {
            int now = calendar.startIndexOf(today);
            if (done && item.actualStart() != null && item.actualFinish() != null) {
                notBefore = calendar.startIndexOf(item.actualStart());
                duration = "milestone".equals(item.type()) ? 0
                        : Math.max(1, calendar.finishIndexOf(item.actualFinish()) - notBefore);
                source = "actual";
            } else if (!done && item.actualStart() != null) {
                // work advances only while the item is not blocked: a blocked one keeps what it had left then
                int workedUntil = item.blocked() && item.blockedSince() != null
                        ? Math.min(now, calendar.startIndexOf(LocalDate.ofInstant(item.blockedSince(), ZoneOffset.UTC)))
                        : now;
                if (item.remainingHours() != null && !"milestone".equals(item.type())) {
                    // the assignee's own estimate of what is left beats the elapsed-days guess
                    BigDecimal perDay = hoursPerDay(weeklyHoursByUsername.get(item.assignee()));
                    duration = Math.max(1, item.remainingHours().divide(perDay, 0, RoundingMode.CEILING).intValue());
                    source = "remaining-estimate";
                } else {
                    int elapsed = workedUntil - calendar.startIndexOf(item.actualStart());
                    duration = Math.max(duration == 0 ? 0 : 1, duration - Math.max(0, elapsed));
                    source = "remaining";
                }
                notBefore = now;
            } else if (!done) {
                notBefore = notBefore == null ? now : Math.max(notBefore, now);
            }
        }
        Integer finishNoLaterThan = item.dueDate() != null && !(today != null && done)
                ? calendar.finishIndexOf(item.dueDate()) : null;
        return new Activity(duration + leaveDays, source, notBefore, finishNoLaterThan);
    }

    /** Days per story point from items estimated both ways; one day per point when none are. */
    public static double daysPerPoint(List<ItemView> items, WorkingCalendar calendar) {
        double points = 0;
        double days = 0;
        for (ItemView i : items) {
            if (i.storyPoints() == null || i.storyPoints().signum() <= 0) {
                continue;
            }
            if (i.mostLikelyDays() != null) {
                points += i.storyPoints().doubleValue();
                days += i.mostLikelyDays().doubleValue();
            } else if (i.plannedStart() != null && i.plannedFinish() != null) {
                points += i.storyPoints().doubleValue();
                days += Math.max(1, calendar.finishIndexOf(i.plannedFinish()) - calendar.startIndexOf(i.plannedStart()));
            }
        }
        return points > 0 ? days / points : 1.0;
    }

    private static BigDecimal hoursPerDay(BigDecimal weeklyHours) {
        if (weeklyHours == null || weeklyHours.signum() <= 0) {
            return DEFAULT_HOURS_PER_DAY;
        }
        return weeklyHours.divide(BigDecimal.valueOf(WORKING_DAYS_PER_WEEK), 2, RoundingMode.HALF_UP);
    }

    static LinkType linkType(DependencyType type) {
        return switch (type) {
            case FS -> LinkType.FINISH_TO_START;
            case SS -> LinkType.START_TO_START;
            case FF -> LinkType.FINISH_TO_FINISH;
            case SF -> LinkType.START_TO_FINISH;
        };
    }

    private static int number(ItemView item) {
        String key = item.key();
        return Integer.parseInt(key, key.lastIndexOf('-') + 1, key.length(), 10);
    }
}
