package dev.tandem.webhook.internal;

import dev.tandem.change.ChangeEvent;
import dev.tandem.meeting.MeetingEvent;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.schedule.ScheduleEvent;
import dev.tandem.shared.Actor;
import dev.tandem.webhook.engine.ItemEdit;
import dev.tandem.webhook.engine.ItemEdit.FieldChange;
import dev.tandem.workitem.WorkItemEvent;
import dev.tandem.workitem.WorkItemManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import dev.tandem.webhook.WebhookEventType;

/**
 * Turns the domain events of work items, change requests, baselines and meetings into deliveries for the project's
 * subscriptions. The facades publish those events inside their transaction and this listener is synchronous, so the
 * deliveries commit with the change or not at all (the outbox; the audit trail does the same, ADR 0003).
 */
@Component
class WebhookOutbox {

    private static final int MAX_TEXT = 2000;
    // an edit's lines are short ("field: old → new" with values cut at 80 characters); these bounds keep a body within
    // its column whatever the summary holds
    private static final int MAX_LINES = 30;
    private static final int MAX_LINE = 200;

    private final WebhookSubscriptions subscriptions;
    private final Deliveries deliveries;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(WebhookSubscriptions subscriptions, Deliveries deliveries, PortfolioManagement portfolio,
                  WorkItemManagement workItems, JsonMapper json, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(WorkItemEvent event) {
        switch (event) {
            case WorkItemEvent.ItemCreated created -> write(created.projectId(), WebhookEventType.ITEM_CREATED,
                    data("item", created.target(), "actor", created.actor()));
            case WorkItemEvent.ItemUpdated updated -> itemUpdated(updated);
            default -> { }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(ChangeEvent event) {
        switch (event) {
            case ChangeEvent.Submitted submitted -> write(submitted.projectId(), WebhookEventType.CHANGE_SUBMITTED,
                    data("changeRequest", submitted.target(), "actor", submitted.actor()));
            case ChangeEvent.Decided decided -> write(decided.projectId(), WebhookEventType.CHANGE_DECIDED,
                    data("changeRequest", decided.target(), "decision", decided.approved() ? "approved" : "rejected",
                            "actor", decided.actor()));
            default -> { }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(ScheduleEvent.BaselineCaptured event) {
        write(event.projectId(), WebhookEventType.BASELINE_CAPTURED,
                data("baseline", event.target(), "actor", event.actor(), "summary", clip(event.summary())));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(MeetingEvent event) {
        if (event.action().equals("meeting.decision-recorded")) {
            write(event.projectId(), WebhookEventType.MEETING_DECISION_RECORDED,
                    data("meeting", event.target(), "actor", event.actor(), "summary", clip(event.summary())));
        }
    }

    /** An edit is a change; a status line in it is also a status change, a later date of a milestone a slip. */
    private void itemUpdated(WorkItemEvent.ItemUpdated event) {
        if (!wanted(event.projectId())) {
            return;
        }
        List<String> lines = event.summary() == null ? List.of() : Arrays.asList(event.summary().split("\n"));
        write(event.projectId(), WebhookEventType.ITEM_CHANGED,
                data("item", event.target(), "actor", event.actor(), "changes", lines.stream().limit(MAX_LINES)
                        .map(l -> l.length() <= MAX_LINE ? l : l.substring(0, MAX_LINE - 1) + "…").toList()));
        for (FieldChange change : ItemEdit.changes(event.summary())) {
            if (change.field().equals("status")) {
                write(event.projectId(), WebhookEventType.ITEM_STATUS_CHANGED,
                        data("item", event.target(), "actor", event.actor(), "from", change.from(), "to", change.to()));
            } else if ((change.field().equals("plannedFinish") || change.field().equals("dueDate")) && change.movedLater()
                    && workItems.get(Actor.system(), event.target()).type().equals("milestone")) {
                write(event.projectId(), WebhookEventType.MILESTONE_SLIPPED,
                        data("item", event.target(), "actor", event.actor(), "field", change.field(),
                                "from", change.from(), "to", change.to()));
            }
        }
    }

    private boolean wanted(long projectId) {
        return subscriptions.findByProjectIdOrderById(projectId).stream().anyMatch(WebhookSubscription::active);
    }

    /** One event id, and one delivery per active subscription that wants the type. */
    private void write(long projectId, WebhookEventType type, Map<String, Object> data) {
        List<WebhookSubscription> targets = new ArrayList<>();
        for (WebhookSubscription s : subscriptions.findByProjectIdOrderById(projectId)) {
            if (s.wants(type.code())) {
                targets.add(s);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var body = new LinkedHashMap<String, Object>();
        body.put("id", eventId.toString());
        body.put("type", type.code());
        body.put("occurredAt", now.toString());
        body.put("project", portfolio.access(Actor.system(), projectId, Permission.VIEW_PROJECT).key());
        body.put("data", data);
        String text = json.writeValueAsString(body);
        for (WebhookSubscription s : targets) {
            deliveries.add(UUID.randomUUID(), s.id(), eventId, type.code(), text, now);
        }
    }

    private static Map<String, Object> data(Object... keysAndValues) {
        var data = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }

    private static String clip(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
