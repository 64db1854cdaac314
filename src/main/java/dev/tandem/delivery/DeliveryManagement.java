package dev.tandem.delivery;

import dev.tandem.delivery.engine.Band;
import dev.tandem.delivery.engine.DoraEngine;
import dev.tandem.delivery.engine.DoraMetrics;
import dev.tandem.delivery.engine.History;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.StatusView;
import dev.tandem.workitem.WorkItemManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.delivery.internal.DevEvent;
import dev.tandem.delivery.internal.DevEvents;
import dev.tandem.delivery.internal.Integration;
import dev.tandem.delivery.internal.Integrations;
import dev.tandem.delivery.internal.Provider;
import dev.tandem.delivery.internal.SecretBox;
import dev.tandem.delivery.internal.WebhookDeliveries;
import dev.tandem.delivery.internal.WebhookDelivery;

/**
 * A project's code-host and CI integrations, the deliveries they sent and the DORA metrics read from them.
 * Configuring integrations and seeing or re-queuing deliveries needs {@code MANAGE_INTEGRATIONS}; the metrics need
 * {@code VIEW_PROJECT}. A secret is generated here, shown once and kept encrypted.
 */
@Service
@Transactional
public class DeliveryManagement {

    public static final int MAX_DELIVERIES_SHOWN = 200;
    public static final int DEFAULT_DAYS = 90;
    private static final int MAX_NAME = 100;
    private static final int MAX_ENVIRONMENT = 100;
    private static final int MAX_INTEGRATIONS = 20;

    private final Integrations integrations;
    private final WebhookDeliveries deliveries;
    private final DevEvents devEvents;
    private final SecretBox secrets;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration failureWindow;

    DeliveryManagement(Integrations integrations, WebhookDeliveries deliveries, DevEvents devEvents, SecretBox secrets,
                       PortfolioManagement portfolio, WorkItemManagement workItems, ApplicationEventPublisher events,
                       Clock clock, @Value("${tandem.delivery.failure-window:PT24H}") Duration failureWindow) {
        this.integrations = integrations;
        this.deliveries = deliveries;
        this.devEvents = devEvents;
        this.secrets = secrets;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.events = events;
        this.clock = clock;
        this.failureWindow = failureWindow;
    }

    // integrations

    @Transactional(readOnly = true)
    public boolean mayManage(Actor actor, String projectKey) {
        return portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).may(Permission.MANAGE_INTEGRATIONS);
    }

    @Transactional(readOnly = true)
    public List<IntegrationView> integrations(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
        return integrations.findByProjectIdOrderByIdAsc(project.id()).stream().map(DeliveryManagement::view).toList();
    }

    @Transactional(readOnly = true)
    public IntegrationView integration(Actor actor, String projectKey, long id) {
        return view(find(portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS), id));
    }

    public IntegrationSecret create(Actor actor, String projectKey, IntegrationFields fields) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
        if (integrations.findByProjectIdOrderByIdAsc(project.id()).size() >= MAX_INTEGRATIONS) {
            throw new InvalidInputException("integration", Text.of("problem.delivery.tooManyIntegrations",
                    MAX_INTEGRATIONS));
        }
        Provider provider = Provider.parse(fields.provider());
        String secret = SecretBox.newSecret();
        Integration integration = new Integration(project.id(), SecretBox.newHookId(), name(fields.name()), provider,
                secrets.seal(secret), fields.productionEnvironment() == null ? "production"
                : environment(fields.productionEnvironment()), actor.username(), clock.instant());
        applyRules(actor, project, integration, fields);
        if (fields.enabled() != null) {
            integration.setEnabled(fields.enabled());
        }
        integrations.saveAndFlush(integration);
        events.publishEvent(new DeliveryEvent(project.id(), actor.username(), "integration.created", "Integration",
                integration.name(), describe(integration)));
        return new IntegrationSecret(view(integration), secret);
    }

    public IntegrationView update(Actor actor, String projectKey, long id, IntegrationFields fields, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
        Integration integration = find(project, id);
        StaleVersionException.check(Text.of("problem.delivery.integration", id), version, integration.version());
        if (fields.provider() != null && Provider.parse(fields.provider()) != integration.provider()) {
            throw new InvalidInputException("provider", Text.of("problem.delivery.providerFixed"));
        }
        String before = describe(integration);
        if (fields.name() != null) {
            integration.setName(name(fields.name()));
        }
        if (fields.productionEnvironment() != null) {
            integration.setProductionEnvironment(environment(fields.productionEnvironment()));
        }
        if (fields.enabled() != null) {
            integration.setEnabled(fields.enabled());
        }
        applyRules(actor, project, integration, fields);
        String after = describe(integration);
        if (!before.equals(after)) {
            integrations.flush();
            events.publishEvent(new DeliveryEvent(project.id(), actor.username(), "integration.changed", "Integration",
                    integration.name(), "before:\n" + before + "\nafter:\n" + after));
        }
        return view(integration);
    }

    /** A new secret replaces the old one at once: deliveries signed with the old one are refused from now on. */
    public IntegrationSecret rotateSecret(Actor actor, String projectKey, long id, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
        Integration integration = find(project, id);
        StaleVersionException.check(Text.of("problem.delivery.integration", id), version, integration.version());
        String secret = SecretBox.newSecret();
        integration.rotate(secrets.seal(secret), clock.instant());
        integrations.flush();
        events.publishEvent(new DeliveryEvent(project.id(), actor.username(), "integration.secret-rotated",
                "Integration", integration.name(), "secret: replaced"));
        return new IntegrationSecret(view(integration), secret);
    }

    /** Removes the integration with its deliveries and what was read from them. */
    public void delete(Actor actor, String projectKey, long id, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
        Integration integration = find(project, id);
        StaleVersionException.check(Text.of("problem.delivery.integration", id), version, integration.version());
        String summary = describe(integration);
        integrations.delete(integration);
        integrations.flush();
        events.publishEvent(new DeliveryEvent(project.id(), actor.username(), "integration.deleted", "Integration",
                integration.name(), summary));
    }

    // deliveries

    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(Actor actor, String projectKey, Long integrationId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
        Map<Long, String> names = new HashMap<>();
        integrations.findByProjectIdOrderByIdAsc(project.id()).forEach(i -> names.put(i.id(), i.name()));
        List<WebhookDelivery> list = integrationId == null
                ? deliveries.findByProjectIdOrderByIdDesc(project.id(), Limit.of(MAX_DELIVERIES_SHOWN))
                : deliveries.findByIntegrationIdOrderByIdDesc(find(project, integrationId).id(),
                Limit.of(MAX_DELIVERIES_SHOWN));
        return list.stream().map(d -> view(d, names.get(d.integrationId()))).toList();
    }

    /** Queues a stored delivery to be read again (after a fix, say); what it reports is merged, not doubled. */
    public DeliveryView reprocess(Actor actor, String projectKey, long deliveryId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
        WebhookDelivery delivery = deliveries.findById(deliveryId).filter(d -> d.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.delivery.noDelivery", deliveryId, project.key())));
        String integration = integrations.findById(delivery.integrationId()).map(Integration::name).orElse("");
        delivery.requeue();
        deliveries.flush();
        events.publishEvent(new DeliveryEvent(project.id(), actor.username(), "delivery.requeued", "Delivery",
                delivery.deliveryKey(), "integration: " + integration + "\nevent: " + delivery.eventType()));
        return view(delivery, integration);
    }

    // DORA

    /**
     * The metrics over the last {@code days} days (7 to 365, 90 when null) for the project, or for one service when
     * {@code service} names a repository.
     */
    @Transactional(readOnly = true)
    public DoraReport dora(Actor actor, String projectKey, String service, Integer days) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        int window = days == null ? DEFAULT_DAYS : days;
        if (window < 7 || window > 365) {
            throw new InvalidInputException("days", Text.of("problem.delivery.days"));
        }
        Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Instant from = to.minus(window, ChronoUnit.DAYS);
        History history = history(actor, project, from.minus(DEFAULT_DAYS, ChronoUnit.DAYS));
        List<String> services = Stream.concat(history.deployments().stream().map(History.Deployment::service),
                history.changes().stream().map(History.Change::service)).distinct().sorted().toList();
        String chosen = service == null || service.isBlank() ? null : service.strip();
        if (chosen != null && !services.contains(chosen)) {
            throw new NotFoundException(Text.of("problem.delivery.noService", chosen, project.key()));
        }
        DoraMetrics m = new DoraEngine(failureWindow).compute(chosen == null ? history : history.of(chosen), from, to);
        return report(project.key(), chosen, services, window, m);
    }

    private static DoraReport report(String project, String service, List<String> services, int days, DoraMetrics m) {
        return new DoraReport(project, service, services, days, m.from(), m.to(), Band.SOURCE,
                new DoraReport.Metric(m.deployments() == 0 ? null : round(m.deploymentsPerWeek()), m.deployments(),
                        band(m.frequencyBand())),
                new DoraReport.Metric(hours(m.medianLeadTime()), m.changes(), band(m.leadTimeBand())),
                new DoraReport.Metric(m.changeFailureRate() == null ? null : round(m.changeFailureRate()),
                        m.failedDeployments(), band(m.failureRateBand())),
                new DoraReport.Metric(hours(m.medianTimeToRestore()), m.restoredIncidents(), band(m.restoreBand())),
                m.weeks().stream().map(w -> new DoraReport.Week(w.start(), w.deployments(), round(w.medianLeadHours()),
                        round(w.changeFailureRate()), round(w.medianRestoreHours()))).toList(),
                m.deploymentLines().reversed().stream().map(d -> new DoraReport.Deployment(d.id(), d.service(),
                        d.release(), d.at(), d.rollback(), d.changes().stream().map(c -> new DoraReport.Change(c.id(),
                        c.title(), c.firstCommitAt(), hours(c.leadTime()))).toList(), d.failedBy())).toList(),
                m.incidentLines().reversed().stream().map(i -> new DoraReport.Incident(i.id(), i.service(), i.title(),
                        i.openedAt(), i.resolvedAt(), hours(i.timeToRestore()), i.deployment())).toList());
    }

    /**
     * Changes, production deployments and incidents of the project since {@code since}. A merged pull request is a
     * change from the first commit pushed to its branch (else its opening); a commit first seen on the default branch
     * is a change of its own unless it is a pull request's merge commit. Bugs labelled {@code production} are
     * incidents too, from their creation to their last change once done.
     */
    History history(Actor actor, ProjectRef project, Instant since) {
        List<DevEvent> all = devEvents.findByProjectIdAndOccurredAtGreaterThanEqual(project.id(), since);
        Map<String, Instant> firstOnBranch = new HashMap<>();
        Set<String> mergeShas = new HashSet<>();
        for (DevEvent e : all) {
            if (e.kind() == DevEvent.Kind.COMMIT && "ON_BRANCH".equals(e.state())) {
                firstOnBranch.merge(e.repository() + "\n" + e.branch(), e.occurredAt(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
            if (e.kind() == DevEvent.Kind.PULL_REQUEST && e.sha() != null) {
                mergeShas.add(e.repository() + "\n" + e.sha());
            }
        }
        List<History.Change> changes = new ArrayList<>();
        List<History.Deployment> deployments = new ArrayList<>();
        List<History.Incident> incidents = new ArrayList<>();
        for (DevEvent e : all) {
            switch (e.kind()) {
                case PULL_REQUEST -> {
                    if ("MERGED".equals(e.state())) {
                        Instant landed = e.finishedAt() != null ? e.finishedAt() : e.occurredAt();
                        Instant first = firstOnBranch.getOrDefault(e.repository() + "\n" + e.branch(),
                                e.startedAt() != null ? e.startedAt() : landed);
                        changes.add(new History.Change("#" + e.externalId(), e.repository(), e.title(),
                                first.isAfter(landed) ? landed : first, landed));
                    }
                }
                case COMMIT -> {
                    if ("ON_DEFAULT".equals(e.state()) && !mergeShas.contains(e.repository() + "\n" + e.sha())) {
                        changes.add(new History.Change(e.externalId().substring(0, Math.min(10, e.externalId().length())),
                                e.repository(), e.title(), e.occurredAt(), e.occurredAt()));
                    }
                }
                case DEPLOYMENT -> {
                    if (e.production() && "SUCCESS".equals(e.state())) {
                        deployments.add(new History.Deployment(e.externalId(), e.repository(), e.releaseName(),
                                e.finishedAt() != null ? e.finishedAt() : e.occurredAt(), e.rollback()));
                    }
                }
                case INCIDENT -> incidents.add(new History.Incident(e.externalId(),
                        e.repository().isEmpty() ? null : e.repository(), e.title(), e.occurredAt(), e.finishedAt()));
                default -> {
                }
            }
        }
        for (ItemView item : workItems.all(actor, project.key())) {
            boolean production = item.labels().stream().anyMatch(l -> l.equalsIgnoreCase("production"));
            if ("bug".equals(item.type()) && production && !item.createdAt().isBefore(since)) {
                incidents.add(new History.Incident(item.key(), null, item.title(), item.createdAt(),
                        item.statusCategory() == StatusCategory.DONE ? item.updatedAt() : null));
            }
        }
        return new History(changes, deployments, incidents);
    }

    // rules

    private void applyRules(Actor actor, ProjectRef project, Integration integration, IntegrationFields fields) {
        if (fields.reviewStatus() == null && fields.doneStatus() == null) {
            return;
        }
        List<StatusView> statuses = workItems.statuses(actor, project.key());
        if (fields.reviewStatus() != null) {
            integration.setReviewStatus(status("reviewStatus", fields.reviewStatus(), statuses));
        }
        if (fields.doneStatus() != null) {
            integration.setDoneStatus(status("doneStatus", fields.doneStatus(), statuses));
        }
    }

    private static String status(String field, String value, List<StatusView> statuses) {
        if (value.isBlank()) {
            return null;
        }
        return statuses.stream().map(StatusView::name).filter(n -> n.equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, Text.of("problem.delivery.noSuchStatus",
                        value.strip(), String.join(", ", statuses.stream().map(StatusView::name).toList()))));
    }

    private Integration find(ProjectRef project, long id) {
        return integrations.findById(id).filter(i -> i.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.delivery.noIntegration", id, project.key())));
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", Text.of("problem.input.required"));
        }
        if (name.strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", Text.of("problem.input.tooLong", MAX_NAME));
        }
        return name.strip();
    }

    private static String environment(String environment) {
        if (environment.isBlank() || environment.strip().length() > MAX_ENVIRONMENT) {
            throw new InvalidInputException("productionEnvironment", Text.of("problem.delivery.environmentLength",
                    MAX_ENVIRONMENT));
        }
        return environment.strip();
    }

    private static String describe(Integration i) {
        return "name: " + i.name() + "\nprovider: " + i.provider().code() + "\nproduction: " + i.productionEnvironment()
                + "\nenabled: " + i.enabled() + "\nreview status: " + display(i.reviewStatus()) + "\ndone status: "
                + display(i.doneStatus());
    }

    private static String display(String s) {
        return s == null ? "–" : s;
    }

    static IntegrationView view(Integration i) {
        return new IntegrationView(i.id(), i.name(), i.provider().code(), "/api/v1/hooks/" + i.hookId(),
                i.productionEnvironment(), i.enabled(), i.reviewStatus(), i.doneStatus(), i.createdBy(), i.createdAt(),
                i.secretRotatedAt(), i.provider().eventHeader(), i.provider().deliveryHeader(),
                i.provider().signatureHeader(), i.version());
    }

    private static DeliveryView view(WebhookDelivery d, String integration) {
        return new DeliveryView(d.id(), d.integrationId(), integration, d.deliveryKey(), d.eventType(),
                d.status().name().toLowerCase(Locale.ROOT), d.outcome(), d.attempts(), d.payloadSize(), d.receivedAt(),
                d.processedAt());
    }

    private static String band(Band band) {
        return band == null ? null : band.name().toLowerCase(Locale.ROOT);
    }

    private static Double hours(Duration d) {
        return d == null ? null : round(d.toSeconds() / 3600.0);
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }

    public static Comparator<DevEvent> newestFirst() {
        return Comparator.comparing(DevEvent::occurredAt).reversed();
    }
}
