package dev.tandem.delayrisk.internal;

import dev.tandem.delayrisk.engine.ItemHistory;
import dev.tandem.delayrisk.engine.ProjectHistory;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.ProjectChange;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.StatusView;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Gathers a project's items, their history, links, workflow, and its people's capacity and leave. */
@Component
public class HistoryLoader {

    private final WorkItemManagement workItems;
    private final IdentityManagement identity;

    HistoryLoader(WorkItemManagement workItems, IdentityManagement identity) {
        this.workItems = workItems;
        this.identity = identity;
    }

    /** The project as the actor may see it (the facades check the permission); leave from {@code from} on. */
    public Loaded load(Actor actor, String projectKey, LocalDate from, LocalDate to) {
        List<ItemView> items = workItems.all(actor, projectKey);
        Map<String, List<ItemHistory.Change>> changes = new HashMap<>();
        for (ProjectChange c : workItems.projectHistory(actor, projectKey, Instant.EPOCH)) {
            changes.computeIfAbsent(c.itemKey(), k -> new ArrayList<>())
                    .add(new ItemHistory.Change(c.at(), c.field(), c.oldValue(), c.newValue()));
        }
        Map<String, List<String>> predecessors = workItems.projectDependencies(actor, projectKey).stream()
                .collect(Collectors.groupingBy(d -> d.successor(), Collectors.mapping(d -> d.predecessor(), Collectors.toList())));
        Set<String> done = workItems.statuses(actor, projectKey).stream()
                .filter(s -> s.category() == StatusCategory.DONE).map(StatusView::name).collect(Collectors.toSet());
        List<ItemHistory> histories = items.stream().map(i -> new ItemHistory(i.key(), i.type(), i.parent(),
                i.createdAt(), i.actualStart(), i.actualFinish(), current(i), changes.getOrDefault(i.key(), List.of()),
                predecessors.getOrDefault(i.key(), List.of()))).toList();
        Map<String, PersonSummary> people = identity.list().stream()
                .collect(Collectors.toMap(PersonSummary::username, Function.identity()));
        Set<String> assignees = items.stream().map(ItemView::assignee).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Double> hours = new HashMap<>();
        Map<Long, String> usernames = new HashMap<>();
        for (String a : assignees) {
            PersonSummary p = people.get(a);
            if (p != null) {
                hours.put(a, p.weeklyCapacityHours().doubleValue());
                usernames.put(p.id(), a);
            }
        }
        Map<String, Set<LocalDate>> leave = new HashMap<>();
        identity.leaveOf(usernames.keySet(), from, to).forEach((id, days) -> leave.put(usernames.get(id), days));
        return new Loaded(new ProjectHistory(projectKey, histories, done, hours, leave),
                items.stream().collect(Collectors.toMap(ItemView::key, Function.identity())));
    }

    /** The history and the items as the surfaces show them, by key. */
    public record Loaded(ProjectHistory history, Map<String, ItemView> items) {
    }

    private static Map<String, String> current(ItemView i) {
        Map<String, String> m = new HashMap<>();
        m.put("type", i.type());
        m.put("status", i.status());
        m.put("blocked", Boolean.toString(i.blocked()));
        m.put("assignee", i.assignee());
        m.put("storyPoints", plain(i.storyPoints()));
        m.put("estimateHours", plain(i.estimateHours()));
        m.put("plannedStart", Objects.toString(i.plannedStart(), null));
        m.put("plannedFinish", Objects.toString(i.plannedFinish(), null));
        m.put("dueDate", Objects.toString(i.dueDate(), null));
        return m;
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }
}
