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
import java.util.Comparator;
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

    public record Assembled(ScheduleNetwork network, List<ItemView> hierarchyOrder, Map<String, Integer> depth,
                            Set<String> summaries, Map<String, Integer> durations, Map<String, String> sources) {
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
        for (ItemView item : items) {
            Set<LocalDate> days = item.assignee() == null ? Set.of() : leaveByUsername.getOrDefault(item.assignee(), Set.of());
            if (days.isEmpty() || assembled.summaries().contains(item.key()) || assembled.durations().get(item.key()) == 0) {
                continue;
            }
            ActivitySchedule.Dates dates = schedule.activity(item.key()).dates(calendar);
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
        Map<String, List<ItemView>> children = new HashMap<>();
        Set<String> keys = new HashSet<>();
        items.forEach(i -> keys.add(i.key()));
        for (ItemView item : items) {
            if (item.parent() != null && keys.contains(item.parent())) {
                children.computeIfAbsent(item.parent(), k -> new ArrayList<>()).add(item);
            }
        }
        double daysPerPoint = daysPerPoint(items, calendar);
        Map<String, Integer> durations = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        var builder = ScheduleNetwork.builder();
        for (ItemView item : items) {
            boolean summary = children.containsKey(item.key());
            Activity a = activity(item, summary, calendar, weeklyHoursByUsername, today, daysPerPoint,
                    leaveDays.getOrDefault(item.key(), 0));
            builder.activity(item.key(), a.duration());
            durations.put(item.key(), a.duration());
            sources.put(item.key(), a.source());
            if (a.startNoEarlierThan() != null) {
                builder.startNoEarlierThan(item.key(), a.startNoEarlierThan());
            }
            if (a.finishNoLaterThan() != null) {
                builder.finishNoLaterThan(item.key(), a.finishNoLaterThan());
            }
        }
        for (ItemView item : items) {
            if (item.parent() != null && keys.contains(item.parent())) {
                builder.parent(item.key(), item.parent());
            }
        }
        for (DependencyView d : dependencies) {
            // A summary's dates come from its children; the engine links leaves only (see docs/adr/0006).
            if (!children.containsKey(d.predecessor()) && !children.containsKey(d.successor())) {
                builder.link(d.predecessor(), d.successor(), linkType(d.type()), d.lagDays());
            }
        }
        List<ItemView> ordered = new ArrayList<>();
        Map<String, Integer> depth = new HashMap<>();
        Comparator<ItemView> byNumber = Comparator.comparingInt(NetworkAssembler::number);
        items.stream().filter(i -> i.parent() == null || !keys.contains(i.parent())).sorted(byNumber)
                .forEach(root -> visit(root, 0, children, byNumber, ordered, depth));
        return new Assembled(builder.build(), ordered, depth, children.keySet(), durations, sources);
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

    private static void visit(ItemView item, int level, Map<String, List<ItemView>> children, Comparator<ItemView> order,
                              List<ItemView> out, Map<String, Integer> depth) {
        out.add(item);
        depth.put(item.key(), level);
        children.getOrDefault(item.key(), List.of()).stream().sorted(order)
                .forEach(child -> visit(child, level + 1, children, order, out, depth));
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
        return Integer.parseInt(item.key().substring(item.key().lastIndexOf('-') + 1));
    }
}
