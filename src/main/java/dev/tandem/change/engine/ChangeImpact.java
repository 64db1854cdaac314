package dev.tandem.change.engine;

import dev.tandem.change.ImpactAssessment;
import dev.tandem.change.ProposedChange;
import dev.tandem.identity.PersonSummary;
import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.PlanSnapshot;
import dev.tandem.schedule.ProjectSchedule;
import dev.tandem.schedule.ScheduledItem;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A change request's impact, as a function of the plan snapshot and the proposed steps: the steps applied to a what-if
 * copy of the plan and rescheduled, the effort and its cost at the project's rates, the people it overloads, and what
 * is known about quality. It reads nothing: the current plan is scheduled once and the proposed plan once.
 */
public final class ChangeImpact {

    static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);

    private ChangeImpact() {
    }

    /** The plan after the change, as item and dependency lists; new items get the keys NEW-1, NEW-2, … */
    public record WhatIf(List<ItemView> items, List<DependencyView> dependencies, Set<String> touched) {
    }

    public static WhatIf apply(List<ItemView> current, List<DependencyView> links, List<ProposedChange> changes) {
        Map<String, ItemView> items = new LinkedHashMap<>();
        current.forEach(i -> items.put(i.key(), i));
        List<DependencyView> dependencies = new ArrayList<>(links);
        Set<String> touched = new LinkedHashSet<>();
        int added = 0;
        for (ProposedChange c : changes) {
            switch (c) {
                case ProposedChange.SetEstimate e -> items.computeIfPresent(e.item(), (k, i) -> estimate(i, e));
                case ProposedChange.SetDates d -> items.computeIfPresent(d.item(), (k, i) -> dates(i, d));
                case ProposedChange.SetAssignee a -> items.computeIfPresent(a.item(), (k, i) -> assignee(i, a.assignee()));
                case ProposedChange.RemoveItem r -> {
                    items.remove(r.item());
                    dependencies.removeIf(d -> d.predecessor().equals(r.item()) || d.successor().equals(r.item()));
                }
                case ProposedChange.AddDependency d -> dependencies.add(new DependencyView(0, d.predecessor(), null,
                        d.item(), null, DependencyType.valueOf(d.type() == null ? "FS" : d.type().toUpperCase()),
                        d.lagDays() == null ? 0 : d.lagDays()));
                case ProposedChange.AddItem a -> {
                    String key = "NEW-" + (++added);
                    items.put(key, newItem(key, a));
                    for (String predecessor : a.predecessors() == null ? List.<String>of() : a.predecessors()) {
                        dependencies.add(new DependencyView(0, predecessor, null, key, null, DependencyType.FS, 0));
                    }
                    touched.add(key);
                    continue;
                }
                case ProposedChange.Unrecognised u -> throw new IllegalStateException("unvalidated operation " + u.op());
            }
            touched.add(c.subject());
        }
        return new WhatIf(List.copyOf(items.values()), dependencies, touched);
    }

    /**
     * The impact assessment of the steps on the plan.
     *
     * @param rates hourly rates by username (a person's own rate, else their role's); people without one make the
     *              cost incomplete
     */
    public static ImpactAssessment assess(PlanSnapshot plan, Map<String, BigDecimal> rates, List<ProposedChange> changes,
                                          Integer rating, String rationale, String currency) {
        List<ItemView> current = plan.items();
        List<DependencyView> links = plan.dependencies();
        WhatIf whatIf = apply(current, links, changes);
        ProjectSchedule before = plan.schedule();
        ProjectSchedule after = plan.whatIf(whatIf.items(), whatIf.dependencies());

        Map<String, LocalDate> baseline = plan.baselineFinishes();
        Map<String, ScheduledItem> beforeByKey = byKey(before);
        List<ImpactAssessment.MilestoneImpact> milestones = new ArrayList<>();
        for (ScheduledItem m : after.items()) {
            if ("milestone".equals(m.type())) {
                LocalDate was = Optional.ofNullable(beforeByKey.get(m.key())).map(ScheduledItem::finish).orElse(null);
                milestones.add(new ImpactAssessment.MilestoneImpact(m.key(), m.title(), baseline.get(m.key()), was,
                        m.finish(), was == null ? 0 : plan.workingDaysBetween(was, m.finish())));
            }
        }
        List<String> newlyCritical = after.criticalPath().stream()
                .filter(k -> !before.criticalPath().contains(k)).toList();

        Map<String, ItemView> currentByKey = current.stream().collect(Collectors.toMap(ItemView::key, Function.identity()));
        Map<String, ItemView> afterByKey = whatIf.items().stream().collect(Collectors.toMap(ItemView::key, Function.identity()));
        BigDecimal effort = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        boolean complete = true;
        for (String key : whatIf.touched()) {
            BigDecimal delta = hours(afterByKey.get(key)).subtract(hours(currentByKey.get(key)));
            if (delta.signum() == 0) {
                continue;
            }
            ItemView item = afterByKey.containsKey(key) ? afterByKey.get(key) : currentByKey.get(key);
            BigDecimal rate = item.assignee() == null ? null : rates.get(item.assignee());
            if (rate == null) {
                complete = false;
                rate = BigDecimal.ZERO;
            }
            effort = effort.add(delta);
            cost = cost.add(delta.multiply(rate));
        }
        // a bug is "on" an item when it sits under it or is linked to it by a dependency
        Set<String> linkedToTouched = new HashSet<>();
        for (DependencyView d : links) {
            if (whatIf.touched().contains(d.predecessor())) {
                linkedToTouched.add(d.successor());
            }
            if (whatIf.touched().contains(d.successor())) {
                linkedToTouched.add(d.predecessor());
            }
        }
        List<String> openBugs = current.stream()
                .filter(i -> "bug".equals(i.type()) && i.statusCategory() != StatusCategory.DONE)
                .filter(i -> whatIf.touched().contains(i.key()) || whatIf.touched().contains(i.parent())
                        || linkedToTouched.contains(i.key()))
                .map(ItemView::key).toList();
        return new ImpactAssessment(before.finish(), after.finish(),
                before.finish() == null || after.finish() == null ? 0 : plan.workingDaysBetween(before.finish(), after.finish()),
                milestones, newlyCritical, effort.stripTrailingZeros(), cost.setScale(2, RoundingMode.HALF_UP), currency,
                complete, overCapacity(before, after, currentByKey, afterByKey, plan),
                new ImpactAssessment.Quality(rating, rationale, openBugs), List.copyOf(whatIf.touched()));
    }

    /** Effort of an item in hours: its hour estimate, else its most likely days at eight hours a day. */
    public static BigDecimal hours(ItemView item) {
        if (item == null) {
            return BigDecimal.ZERO;
        }
        if (item.estimateHours() != null) {
            return item.estimateHours();
        }
        return item.mostLikelyDays() == null ? BigDecimal.ZERO : item.mostLikelyDays().multiply(HOURS_PER_DAY);
    }

    /**
     * People whose scheduled hours in some week exceed what they have that week after the change but not before:
     * weekly hours / 5 for each working day of the project calendar that is not their leave.
     */
    private static List<ImpactAssessment.OverCapacity> overCapacity(ProjectSchedule before, ProjectSchedule after,
                                                                    Map<String, ItemView> itemsBefore,
                                                                    Map<String, ItemView> itemsAfter, PlanSnapshot plan) {
        Map<String, PersonSummary> people = plan.people();
        Map<String, Set<LocalDate>> leave = plan.leave();
        CalendarView calendar = plan.calendar();
        Map<String, BigDecimal> was = load(before, itemsBefore, people, calendar, leave);
        Map<String, BigDecimal> now = load(after, itemsAfter, people, calendar, leave);
        List<ImpactAssessment.OverCapacity> over = new ArrayList<>();
        now.forEach((personWeek, hours) -> {
            String username = personWeek.substring(0, personWeek.indexOf('|'));
            LocalDate monday = LocalDate.parse(personWeek.substring(personWeek.indexOf('|') + 1) + "-1",
                    DateTimeFormatter.ISO_WEEK_DATE);
            long days = monday.datesUntil(monday.plusDays(7)).filter(calendar::isWorkingDay)
                    .filter(d -> !leave.getOrDefault(username, Set.of()).contains(d)).count();
            BigDecimal capacity = people.get(username).weeklyCapacityHours().multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(5), 1, RoundingMode.HALF_UP);
            boolean overNow = hours.compareTo(capacity) > 0;
            boolean overBefore = was.getOrDefault(personWeek, BigDecimal.ZERO).compareTo(capacity) > 0;
            if (overNow && !overBefore) {
                over.add(new ImpactAssessment.OverCapacity(username, personWeek.substring(personWeek.indexOf('|') + 1),
                        hours.setScale(1, RoundingMode.HALF_UP), capacity, people.get(username).displayName()));
            }
        });
        return over;
    }

    /**
     * Hours per person and ISO week: an item's hour estimate spread over its working days (the project calendar's,
     * less the assignee's leave, as the schedule does). An item without an hour estimate has unknown effort and is
     * not counted, rather than taken for a full day of its assignee.
     */
    private static Map<String, BigDecimal> load(ProjectSchedule schedule, Map<String, ItemView> items,
                                                Map<String, PersonSummary> people, CalendarView calendar,
                                                Map<String, Set<LocalDate>> leave) {
        Map<String, BigDecimal> load = new TreeMap<>();
        for (ScheduledItem row : schedule.items()) {
            ItemView item = items.get(row.key());
            PersonSummary person = row.assignee() == null ? null : people.get(row.assignee());
            if (row.summary() || person == null || row.durationDays() == 0 || item == null
                    || item.estimateHours() == null || row.statusCategory() == StatusCategory.DONE) {
                continue;
            }
            Set<LocalDate> away = leave.getOrDefault(person.username(), Set.of());
            List<LocalDate> workDays = row.start().datesUntil(row.finish().plusDays(1))
                    .filter(d -> calendar.isWorkingDay(d) && !away.contains(d)).toList();
            if (workDays.isEmpty()) {
                continue;
            }
            BigDecimal daily = item.estimateHours().divide(BigDecimal.valueOf(workDays.size()), 4, RoundingMode.HALF_UP);
            for (LocalDate d : workDays) {
                String week = String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                load.merge(person.username() + "|" + week, daily, BigDecimal::add);
            }
        }
        return load;
    }

    private static Map<String, ScheduledItem> byKey(ProjectSchedule schedule) {
        return schedule.items().stream().collect(Collectors.toMap(ScheduledItem::key, Function.identity()));
    }

    private static ItemView estimate(ItemView i, ProposedChange.SetEstimate c) {
        return copy(i, i.plannedStart(), i.plannedFinish(), i.assignee(),
                c.storyPoints() != null ? c.storyPoints() : i.storyPoints(),
                c.estimateHours() != null ? c.estimateHours() : i.estimateHours(),
                c.mostLikelyDays() != null ? c.mostLikelyDays() : i.mostLikelyDays(), c.mostLikelyDays() != null);
    }

    private static ItemView dates(ItemView i, ProposedChange.SetDates c) {
        return copy(i, c.plannedStart() != null ? c.plannedStart() : i.plannedStart(),
                c.plannedFinish() != null ? c.plannedFinish() : i.plannedFinish(), i.assignee(), i.storyPoints(),
                i.estimateHours(), i.mostLikelyDays(), false);
    }

    private static ItemView assignee(ItemView i, String assignee) {
        return copy(i, i.plannedStart(), i.plannedFinish(), assignee, i.storyPoints(), i.estimateHours(),
                i.mostLikelyDays(), false);
    }

    /** A new most-likely estimate replaces the three-point range, which no longer describes the item. */
    private static ItemView copy(ItemView i, LocalDate start, LocalDate finish, String assignee, BigDecimal points,
                                 BigDecimal hours, BigDecimal mostLikely, boolean dropRange) {
        return new ItemView(i.id(), i.key(), i.projectKey(), i.type(), i.title(), i.description(), i.status(),
                i.statusCategory(), i.blocked(), i.blockedReason(), i.blockedSince(), i.priority(), assignee,
                Objects.equals(assignee, i.assignee()) ? i.assigneeName() : assignee, i.reporter(), i.parent(),
                i.labels(), points, hours, dropRange ? null : i.optimisticDays(), mostLikely,
                dropRange ? null : i.pessimisticDays(), start, finish, i.dueDate(), i.actualStart(), i.actualFinish(),
                i.version(), i.createdAt(), i.updatedAt(), i.majorTechnical());
    }

    private static ItemView newItem(String key, ProposedChange.AddItem c) {
        return new ItemView(0, key, null, c.type().toLowerCase(), c.title(), null, null, StatusCategory.TODO, false,
                null, null, "medium", c.assignee(), c.assignee(), null, null, Set.of(), c.storyPoints(),
                c.estimateHours(), null, c.mostLikelyDays(), null, c.plannedStart(), c.plannedFinish(), null, null,
                null, 0, null, null, false);
    }
}
