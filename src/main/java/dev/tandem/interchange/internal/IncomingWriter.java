package dev.tandem.interchange.internal;

import dev.tandem.interchange.engine.Incoming;
import dev.tandem.interchange.engine.ItemCsv;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.CommentView;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.sprint.SprintDraft;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.sprint.SprintView;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link Incoming} through the work-item, sprint and schedule facades, so every change is checked, kept in
 * the items' history and audited as if made by hand. Run inside one transaction by the caller. With {@code collect}
 * a refused row is noted and the next one tried (for a dry run, which is rolled back); without it the first refusal
 * ends the import.
 */
@Component
public class IncomingWriter {

    private final WorkItemManagement workItems;
    private final SprintManagement sprints;
    private final ScheduleManagement schedule;
    private final ExternalKeys externalKeys;
    private final Clock clock;
    private final EntityManager entities;

    IncomingWriter(WorkItemManagement workItems, SprintManagement sprints, ScheduleManagement schedule,
                   ExternalKeys externalKeys, Clock clock, EntityManager entities) {
        this.workItems = workItems;
        this.sprints = sprints;
        this.schedule = schedule;
        this.externalKeys = externalKeys;
        this.clock = clock;
        this.entities = entities;
    }

    /** What was written: one row per item, the counts, and the rows refused (only when collecting). */
    public record Outcome(List<Row> rows, int created, int updated, int linksAdded, int calendarDays,
                          int sprintsCreated, int commentsAdded, List<Incoming.Problem> warnings,
                          List<Incoming.Problem> errors) {
    }

    public record Row(int line, String externalKey, String itemKey, String action, String type, String title) {
    }

    public Outcome write(Actor actor, ProjectRef project, Incoming incoming, boolean collect) {
        return write(actor, project, incoming, collect, done -> { });
    }

    /** As {@link #write(Actor, ProjectRef, Incoming, boolean)}, telling {@code progress} how many items are done. */
    public Outcome write(Actor actor, ProjectRef project, Incoming incoming, boolean collect, IntConsumer progress) {
        var state = new State(collect);
        state.warnings.addAll(incoming.warnings());
        state.errors.addAll(incoming.errors());
        calendar(actor, project, incoming, state);
        Map<String, String> known = externalKeys.of(project.id(), incoming.source());
        Map<String, ItemView> items = workItems.all(actor, project.key()).stream()
                .collect(Collectors.toMap(ItemView::key, Function.identity()));
        known.values().removeIf(key -> !items.containsKey(key)); // deleted since the last import: created anew
        Map<String, String> keys = new HashMap<>(known);
        if (incoming.source().equals(ItemCsv.SOURCE)) {
            items.keySet().forEach(k -> keys.putIfAbsent(k.toUpperCase(java.util.Locale.ROOT), k)); // rows name items by key
        }
        List<Row> rows = new ArrayList<>();
        int[] attempted = {0};
        for (Incoming.Item item : parentsFirst(incoming.items(), known, state)) {
            state.attempt(item.line(), () -> {
                String parent = item.parentKey() == null ? null : keys.get(item.parentKey());
                if (item.parentKey() != null && parent == null) {
                    throw new dev.tandem.shared.InvalidInputException("parent",
                            dev.tandem.shared.Text.of("problem.interchange.unknownParent", item.parentKey()));
                }
                String existing = keys.get(item.externalKey());
                ItemView written;
                if (existing == null) {
                    written = workItems.create(actor, project.key(), fields(item, parent, null));
                    if (!item.externalKey().startsWith("#")) { // a row without a key has nothing to be found by
                        externalKeys.put(project.id(), incoming.source(), item.externalKey(), written.key(), clock.instant());
                    }
                    state.created++;
                } else {
                    ItemView current = items.get(existing);
                    written = workItems.update(actor, existing, fields(item, parent, current), current.version());
                    state.updated++;
                }
                items.put(written.key(), written);
                keys.put(item.externalKey(), written.key());
                release(state);
                rows.add(new Row(item.line(), item.externalKey(), written.key(), existing == null ? "create" : "update",
                        item.type(), item.title()));
            });
            progress.accept(++attempted[0]);
        }
        links(actor, project, incoming, keys, state);
        sprintsAndComments(actor, project, incoming, keys, state);
        return new Outcome(rows, state.created, state.updated, state.linksAdded, state.calendarDays,
                state.sprintsCreated, state.commentsAdded, List.copyOf(state.warnings), List.copyOf(state.errors));
    }

    private static ItemFields fields(Incoming.Item item, String parent, ItemView current) {
        Set<String> cleared = new HashSet<>();
        if (current != null && parent == null && current.parent() != null) {
            cleared.add("parent");
        }
        String status = item.status() != null && current != null && item.status().equals(current.status()) ? null
                : item.status();
        return new ItemFields(item.type(), item.title(), item.description(), status, null, null, item.priority(),
                item.assignee(), parent, item.labels().isEmpty() ? null : item.labels(), item.storyPoints(), null, null,
                null, null, item.plannedStart(), item.plannedFinish(), item.dueDate(), cleared);
    }

    /** Holidays and working weekdays need {@code EDIT_PROJECT}; without it they are left out with a warning. */
    private void calendar(Actor actor, ProjectRef project, Incoming incoming, State state) {
        if (incoming.calendarDays().isEmpty() && incoming.workingWeekdays() == null) {
            return;
        }
        if (!project.may(Permission.EDIT_PROJECT)) {
            state.warnings.add(new Incoming.Problem(0, "The file's calendar (working weekdays and "
                    + incoming.calendarDays().size() + " holidays or working days) was left out: changing the project "
                    + "calendar needs the permission EDIT_PROJECT."));
            return;
        }
        CalendarView calendar = schedule.calendar(actor, project.key());
        if (incoming.workingWeekdays() != null && !incoming.workingWeekdays().isEmpty()
                && !incoming.workingWeekdays().equals(calendar.workingWeekdays())) {
            state.attempt(0, () -> schedule.setWorkingWeekdays(actor, project.key(), incoming.workingWeekdays(),
                    calendar.version()));
        }
        Map<LocalDate, CalendarView.Exception> current = new HashMap<>();
        calendar.exceptions().forEach(e -> current.put(e.day(), e));
        for (var day : incoming.calendarDays()) {
            CalendarView.Exception now = current.get(day.day());
            if (now == null || now.working() != day.working() || !Objects.equals(now.name(), day.name())) {
                String name = day.name() == null ? null : day.name().strip();
                state.attempt(0, () -> schedule.setException(actor, project.key(), day.day(), day.working(),
                        name != null && name.length() > 100 ? name.substring(0, 100) : name));
                state.calendarDays++;
            }
        }
    }

    /** Parents before their children; an item whose parents loop back to it is refused. */
    private static List<Incoming.Item> parentsFirst(List<Incoming.Item> items, Map<String, String> known, State state) {
        Map<String, Incoming.Item> byKey = new LinkedHashMap<>();
        for (Incoming.Item item : items) {
            if (byKey.putIfAbsent(item.externalKey(), item) != null) {
                state.errors.add(new Incoming.Problem(item.line(), item.externalKey() + " appears twice in the file."));
            }
        }
        List<Incoming.Item> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Incoming.Item item : byKey.values()) {
            List<Incoming.Item> chain = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Incoming.Item at = item; at != null && !placed.contains(at.externalKey());
                 at = at.parentKey() == null ? null : byKey.get(at.parentKey())) {
                if (!seen.add(at.externalKey())) {
                    state.errors.add(new Incoming.Problem(item.line(), item.externalKey() + " is its own ancestor."));
                    chain.clear();
                    break;
                }
                chain.addFirst(at);
            }
            for (Incoming.Item c : chain) {
                if (placed.add(c.externalKey())) {
                    ordered.add(c);
                }
            }
        }
        return ordered;
    }

    private void links(Actor actor, ProjectRef project, Incoming incoming, Map<String, String> keys, State state) {
        if (incoming.links().isEmpty()) {
            return;
        }
        Map<String, DependencyView> existing = new HashMap<>();
        for (DependencyView d : workItems.projectDependencies(actor, project.key())) {
            existing.put(d.predecessor() + ">" + d.successor(), d);
        }
        for (Incoming.Link link : incoming.links()) {
            String predecessor = keys.get(link.predecessorKey());
            String successor = keys.get(link.successorKey());
            if (predecessor == null || successor == null) {
                continue; // an item of the link was refused; its row says why
            }
            DependencyView now = existing.get(predecessor + ">" + successor);
            if (now != null && now.type().name().equals(link.type()) && now.lagDays() == link.lagDays()) {
                continue;
            }
            state.attempt(0, () -> {
                if (now != null) {
                    workItems.removeDependency(actor, successor, now.id());
                }
                workItems.addDependency(actor, successor, predecessor, link.type(), link.lagDays());
                state.linksAdded++;
                release(state);
            });
        }
    }

    private void sprintsAndComments(Actor actor, ProjectRef project, Incoming incoming, Map<String, String> keys,
                                    State state) {
        Map<String, SprintView> byName = new HashMap<>();
        if (!incoming.sprints().isEmpty()) {
            sprints.sprints(actor, project.key()).forEach(s -> byName.put(s.name(), s));
        }
        for (Incoming.Sprint sprint : incoming.sprints()) {
            if (!byName.containsKey(sprint.name())) {
                state.attempt(0, () -> {
                    byName.put(sprint.name(), sprints.plan(actor, project.key(),
                            new SprintDraft(sprint.name(), null, sprint.start(), sprint.end())));
                    state.sprintsCreated++;
                });
            }
        }
        for (Incoming.Item item : incoming.items()) {
            String key = keys.get(item.externalKey());
            if (key == null) {
                continue;
            }
            SprintView sprint = item.sprint() == null ? null : byName.get(item.sprint());
            if (sprint != null && sprint.items().stream().noneMatch(i -> i.key().equals(key))) {
                state.attempt(item.line(), () -> {
                    ItemView view = workItems.get(actor, key);
                    if (view.statusCategory() == StatusCategory.DONE || !SPRINT_WORK.contains(view.type())) {
                        state.outsideSprints++;
                    } else if (sprints.openSprintOf(actor, project.key(), key).isEmpty()) {
                        sprints.addItem(actor, project.key(), sprint.id(), key, view.version());
                    }
                });
            }
            if (!item.comments().isEmpty()) {
                Set<String> present = workItems.comments(actor, key).stream().map(CommentView::body)
                        .collect(Collectors.toSet());
                for (String body : item.comments()) {
                    if (!present.contains(body)) {
                        state.attempt(item.line(), () -> {
                            workItems.addComment(actor, key, body);
                            state.commentsAdded++;
                        });
                    }
                }
            }
        }
        if (state.outsideSprints > 0) {
            state.warnings.add(new Incoming.Problem(0, state.outsideSprints + " items stayed out of their sprints: "
                    + "only unfinished stories, tasks, bugs and features go into a sprint."));
        }
    }

    /**
     * Every 100 writes the persistence context is flushed and emptied: the facades load what they change afresh on
     * each call, and a context holding thousands of items makes every later query's automatic flush check them all.
     */
    private void release(State state) {
        if (++state.writes % 100 == 0) {
            entities.flush();
            entities.clear();
        }
    }

    private static final Set<String> SPRINT_WORK = Set.of("story", "task", "bug", "feature");

    private static final class State {
        final boolean collect;
        final List<Incoming.Problem> warnings = new ArrayList<>();
        final List<Incoming.Problem> errors = new ArrayList<>();
        int created;
        int updated;
        int linksAdded;
        int calendarDays;
        int sprintsCreated;
        int commentsAdded;
        int outsideSprints;
        int writes;

        State(boolean collect) {
            this.collect = collect;
        }

        /** Runs one step; a refusal is noted when collecting, else it ends the import. */
        void attempt(int line, Runnable step) {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (!collect || !(e instanceof dev.tandem.shared.InvalidInputException
                        || e instanceof dev.tandem.shared.ConflictException
                        || e instanceof dev.tandem.shared.ForbiddenException
                        || e instanceof dev.tandem.shared.NotFoundException)) {
                    throw e;
                }
                errors.add(new Incoming.Problem(line, e.getMessage()));
            }
        }
    }
}
