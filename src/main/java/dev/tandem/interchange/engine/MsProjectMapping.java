package dev.tandem.interchange.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How an MS Project plan becomes Tandem items. A top-level summary task becomes an epic and a nested one a feature;
 * other tasks become tasks and milestones milestones, under their summary. A task keeps its dates as planned start
 * and finish (the start holds like a start-no-earlier-than, docs/adr/0006); a milestone, which Tandem places on the
 * last working day before its start, gets the working day after its date as planned start. A finish-no-later-than,
 * must-finish-on or deadline becomes the due date; other constraints keep only the dates they produced.
 */
public final class MsProjectMapping {

    public static final String SOURCE = "msproject";

    private MsProjectMapping() {
    }

    /**
     * @param person the username of the member a resource is, if any
     * @param statusOf the workflow status for a share done: 100 → done, more than 0 → in progress, 0 → null (kept)
     */
    public static Incoming toIncoming(Plan plan, Function<Plan.Resource, Optional<String>> person,
                                      Function<Integer, String> statusOf) {
        Map<String, Plan.Resource> resources = new HashMap<>();
        plan.resources().forEach(r -> resources.put(r.id(), r));
        Set<String> unmatched = new LinkedHashSet<>();
        Map<String, String> usernames = new HashMap<>();
        for (Plan.Resource r : plan.resources()) {
            person.apply(r).ifPresentOrElse(u -> usernames.put(r.id(), u), () -> unmatched.add(r.name()));
        }
        List<Incoming.Problem> warnings = new ArrayList<>();
        List<Incoming.Problem> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Incoming.Item> items = new ArrayList<>();
        int line = 0;
        for (Plan.Task t : plan.tasks()) {
            line++;
            ids.add(t.id());
            if (t.name().isBlank()) {
                errors.add(new Incoming.Problem(line, "Task " + line + " (unique id " + t.id() + ") has no name."));
                continue;
            }
            String type = switch (t.kind()) {
                case SUMMARY -> t.parentId() == null ? "epic" : "feature";
                case MILESTONE -> "milestone";
                case TASK -> "task";
            };
            LocalDate start = null;
            LocalDate finish = null;
            if (t.kind() == Plan.Kind.TASK) {
                start = t.start();
                finish = t.finish();
            } else if (t.kind() == Plan.Kind.MILESTONE && t.finish() != null) {
                start = nextWorkingDay(plan, t.finish());
            }
            LocalDate due = t.deadline();
            if ((t.constraint() == Plan.Constraint.FINISH_NO_LATER_THAN || t.constraint() == Plan.Constraint.MUST_FINISH_ON)
                    && t.constraintDate() != null && (due == null || t.constraintDate().isBefore(due))) {
                due = t.constraintDate();
            }
            if (switch (t.constraint()) {
                case AS_LATE_AS_POSSIBLE, START_NO_LATER_THAN, FINISH_NO_EARLIER_THAN -> true;
                default -> false;
            }) {
                warnings.add(new Incoming.Problem(line, "“" + t.name() + "” has the constraint "
                        + t.constraint().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + ", which Tandem does not have; it keeps the dates the constraint gave it."));
            }
            String assignee = t.resources().stream().map(usernames::get).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            if (t.resources().size() > 1) {
                warnings.add(new Incoming.Problem(line, "“" + t.name() + "” has " + t.resources().size()
                        + " resources (" + String.join(", ", t.resources().stream().map(resources::get)
                        .filter(java.util.Objects::nonNull).map(Plan.Resource::name).toList()) + "); an item has one "
                        + "assignee: " + (assignee == null ? "nobody, as none is a member" : assignee) + "."));
            }
            items.add(new Incoming.Item(t.id(), line, type, t.name().strip(), blankToNull(t.notes()),
                    statusOf.apply(t.percentComplete()), null, assignee, t.parentId(), Set.of(), null, start, finish, due,
                    null, List.of()));
        }
        List<Incoming.Link> links = new ArrayList<>();
        for (Plan.Link l : plan.links()) {
            if (ids.contains(l.predecessorId()) && ids.contains(l.successorId())) {
                links.add(new Incoming.Link(l.predecessorId(), l.successorId(), l.type(), l.lagDays()));
            }
        }
        return new Incoming(SOURCE, items, links, List.of(), plan.calendarDays(), plan.workingWeekdays(),
                List.copyOf(unmatched), Map.of(), Map.of(), Map.of(), warnings, errors);
    }

    static LocalDate nextWorkingDay(Plan plan, LocalDate day) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        plan.calendarDays().forEach(d -> exceptions.put(d.day(), d.working()));
        LocalDate next = day.plusDays(1);
        for (int i = 0; i < 366; i++, next = next.plusDays(1)) {
            DayOfWeek weekday = next.getDayOfWeek();
            if (exceptions.getOrDefault(next, plan.workingWeekdays().contains(weekday))) {
                return next;
            }
        }
        return day.plusDays(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
