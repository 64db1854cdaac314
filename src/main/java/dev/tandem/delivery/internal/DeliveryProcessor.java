package dev.tandem.delivery.internal;

import dev.tandem.delivery.engine.ItemKeys;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stored deliveries off the request thread: every few seconds, the pending ones in the order they came, each
 * in its own transaction, so a restart picks up whatever was left. What a delivery reports updates the project's
 * development events; an integration's rules then move the items it names (to review when a pull request opens, to
 * done when a change reaches production) through the ordinary item commands, as the system, so history and audit
 * record the move.
 */
@Component
public class DeliveryProcessor {

    private static final Logger log = LoggerFactory.getLogger(DeliveryProcessor.class);
    private static final int BATCH = 50;

    private final WebhookDeliveries deliveries;
    private final Integrations integrations;
    private final DevEvents devEvents;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    /** A refused move must not spoil the delivery's transaction, so each move has its own. */
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DeliveryProcessor(WebhookDeliveries deliveries, Integrations integrations, DevEvents devEvents,
                      PortfolioManagement portfolio, WorkItemManagement workItems, JsonMapper json,
                      PlatformTransactionManager transactions, Clock clock) {
        this.deliveries = deliveries;
        this.integrations = integrations;
        this.devEvents = devEvents;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @SchedulerLock(name = "delivery-processing")
    @Scheduled(initialDelayString = "${tandem.delivery.poll-delay:PT5S}", fixedDelayString = "${tandem.delivery.poll-interval:PT2S}")
    void poll() {
        processPending();
    }

    /**
     * Processes what is pending now; answers how many deliveries it read. A batch shares one transaction (one commit
     * instead of fifty, which the intake's commits would otherwise queue behind); if anything in it fails, each of its
     * deliveries is done again in a transaction of its own, so one bad delivery cannot hold the others back.
     */
    public int processPending() {
        int done = 0;
        List<Long> batch;
        do {
            batch = deliveries.pending(Limit.of(BATCH));
            List<Long> ids = batch;
            try {
                transaction.executeWithoutResult(s -> ids.forEach(this::process));
            } catch (RuntimeException batchFailed) {
                ids.forEach(this::processAlone);
            }
            done += batch.size();
        } while (batch.size() == BATCH);
        return done;
    }

    private void processAlone(long id) {
        try {
            transaction.executeWithoutResult(s -> process(id));
        } catch (RuntimeException e) {
            // recorded as failed with the reason, so it is not tried again until someone asks
            log.warn("Could not process delivery {}: {}", id, e.toString());
            transaction.executeWithoutResult(s -> deliveries.findById(id).ifPresent(d ->
                    d.finish(WebhookDelivery.Status.FAILED, e.getMessage(), clock.instant())));
        }
    }

    private void process(long id) {
        WebhookDelivery delivery = deliveries.findById(id).orElse(null);
        if (delivery == null || delivery.status() != WebhookDelivery.Status.PENDING) {
            return;
        }
        Integration integration = integrations.findById(delivery.integrationId()).orElseThrow();
        ProjectRef project = portfolio.access(Actor.system(), integration.projectId(), Permission.VIEW_PROJECT);
        Optional<List<Observation>> read;
        try {
            JsonNode body = json.readTree(delivery.payload());
            read = Payloads.read(integration.provider(), delivery.eventType(), body, delivery.receivedAt());
        } catch (JacksonException | IllegalArgumentException e) {
            delivery.finish(WebhookDelivery.Status.FAILED, "Unreadable payload: " + e.getMessage(), clock.instant());
            return;
        }
        if (read.isEmpty()) {
            delivery.finish(WebhookDelivery.Status.IGNORED, "Tandem does not read the event " + delivery.eventType(),
                    clock.instant());
            return;
        }
        List<String> notes = new ArrayList<>();
        for (Observation o : read.get()) {
            DevEvent event = devEvents.findByProjectIdAndKindAndRepositoryAndExternalId(project.id(), o.kind(),
                    o.repository(), o.externalId())
                    .orElseGet(() -> new DevEvent(project.id(), integration.id(), o.kind(), o.repository(), o.externalId()));
            Set<String> keys = new LinkedHashSet<>(event.itemKeys().isEmpty() ? List.of()
                    : List.of(event.itemKeys().split(" ")));
            keys.addAll(ItemKeys.in(o.text(), project.key()));
            boolean production = o.kind() == DevEvent.Kind.DEPLOYMENT && o.environment() != null
                    && o.environment().equalsIgnoreCase(integration.productionEnvironment());
            event.observe(o, production, String.join(" ", keys), clock.instant());
            devEvents.save(event);
            applyRules(integration, project, event, notes);
        }
        delivery.finish(WebhookDelivery.Status.PROCESSED, read.get().size() + " records"
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)), clock.instant());
    }

    private void applyRules(Integration integration, ProjectRef project, DevEvent event, List<String> notes) {
        if (event.kind() == DevEvent.Kind.PULL_REQUEST && integration.reviewStatus() != null
                && List.of("OPEN", "APPROVED", "CHANGES_REQUESTED").contains(event.state())) {
            for (String key : keys(event)) {
                move(project, key, integration.reviewStatus(), notes);
            }
        }
        if (event.kind() == DevEvent.Kind.DEPLOYMENT && event.production() && "SUCCESS".equals(event.state())
                && integration.doneStatus() != null) {
            for (String key : deliveredBy(project, event)) {
                move(project, key, integration.doneStatus(), notes);
            }
        }
    }

    /** The items whose changes had landed in the deployed service by the time the deployment finished. */
    private Set<String> deliveredBy(ProjectRef project, DevEvent deployment) {
        Instant at = deployment.finishedAt() != null ? deployment.finishedAt() : deployment.occurredAt();
        Set<String> keys = new LinkedHashSet<>(keys(deployment));
        for (DevEvent e : devEvents.withKeys(project.id(), List.of(DevEvent.Kind.PULL_REQUEST, DevEvent.Kind.COMMIT))) {
            boolean landed = e.kind() == DevEvent.Kind.PULL_REQUEST ? "MERGED".equals(e.state())
                    : "ON_DEFAULT".equals(e.state());
            Instant landedAt = e.finishedAt() != null ? e.finishedAt() : e.occurredAt();
            if (landed && e.repository().equals(deployment.repository()) && !landedAt.isAfter(at)) {
                keys.addAll(keys(e));
            }
        }
        return keys;
    }

    /** Moves an item to the rule's status; done items and items already there stay. */
    private void move(ProjectRef project, String key, String status, List<String> notes) {
        try {
            ownTransaction.executeWithoutResult(s -> {
                ItemView item = workItems.get(Actor.system(), key);
                if (item.projectKey().equals(project.key()) && !item.status().equalsIgnoreCase(status)
                        && item.statusCategory() != StatusCategory.DONE) {
                    workItems.move(Actor.system(), key, status, null, null, item.version());
                    notes.add(key + " moved to " + status);
                }
            });
        } catch (RuntimeException e) {
            notes.add(key + " not moved: " + e.getMessage());
        }
    }

    private static List<String> keys(DevEvent e) {
        return e.itemKeys().isEmpty() ? List.of() : List.of(e.itemKeys().split(" "));
    }
}
