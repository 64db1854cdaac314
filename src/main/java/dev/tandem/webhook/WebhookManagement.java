package dev.tandem.webhook;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.system.OutboundAddressGuard;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.webhook.internal.Deliveries;
import dev.tandem.webhook.internal.WebhookSubscription;
import dev.tandem.webhook.internal.WebhookSubscriptions;

/**
 * A project's webhook subscriptions and their deliveries; everything here needs {@code MANAGE_INTEGRATIONS}, reading
 * included, since URLs and payloads say where the project's data goes. A URL must pass {@link OutboundAddressGuard};
 * a project has at most {@value #MAX_SUBSCRIPTIONS} subscriptions. The secret is shown once, when made or rotated.
 */
@Service
@Transactional
public class WebhookManagement {

    static final int MAX_SUBSCRIPTIONS = 20;
    static final int MAX_URL = 2000;
    static final int MAX_DESCRIPTION = 200;
    static final int MAX_DELIVERIES = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptions subscriptions;
    private final Deliveries deliveries;
    private final PortfolioManagement portfolio;
    private final OutboundAddressGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookManagement(WebhookSubscriptions subscriptions, Deliveries deliveries, PortfolioManagement portfolio,
                      OutboundAddressGuard guard, ApplicationEventPublisher events, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.portfolio = portfolio;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the actor may see and change the project's webhooks (for pages that link to them). */
    @Transactional(readOnly = true)
    public boolean mayManage(Actor actor, String projectKey) {
        return portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).may(Permission.MANAGE_INTEGRATIONS);
    }

    @Transactional(readOnly = true)
    public List<SubscriptionView> subscriptions(Actor actor, String projectKey) {
        ProjectRef project = access(actor, projectKey);
        return subscriptions.findByProjectIdOrderById(project.id()).stream().map(WebhookSubscription::view).toList();
    }

    @Transactional(readOnly = true)
    public SubscriptionView subscription(Actor actor, String projectKey, long id) {
        return find(access(actor, projectKey), id).view();
    }

    public SubscriptionWithSecret subscribe(Actor actor, String projectKey, SubscriptionFields fields) {
        ProjectRef project = access(actor, projectKey);
        String url = url(fields.url());
        String description = description(fields.description());
        List<String> types = events(fields.events());
        if (subscriptions.countByProjectId(project.id()) >= MAX_SUBSCRIPTIONS) {
            throw new InvalidInputException("url", Text.of("problem.webhook.tooMany", MAX_SUBSCRIPTIONS));
        }
        String secret = newSecret();
        WebhookSubscription subscription = subscriptions.saveAndFlush(new WebhookSubscription(project.id(), url,
                description, secret, types, fields.active() == null || fields.active(), actor.username(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        publish(actor, project, "webhook.created", subscription, "url: " + url + "\nevents: " + String.join(", ", types));
        return new SubscriptionWithSecret(subscription.view(), secret);
    }

    public SubscriptionView update(Actor actor, String projectKey, long id, SubscriptionFields fields, Long version) {
        ProjectRef project = access(actor, projectKey);
        WebhookSubscription subscription = find(project, id);
        StaleVersionException.check(Text.of("problem.webhook.webhook", id), version, subscription.version());
        String url = fields.url() == null ? subscription.url() : url(fields.url());
        String description = fields.description() == null ? subscription.description() : description(fields.description());
        List<String> types = fields.events() == null ? subscription.events() : events(fields.events());
        boolean active = fields.active() == null ? subscription.active() : fields.active();
        List<String> changes = new ArrayList<>();
        change(changes, "url", subscription.url(), url);
        change(changes, "description", subscription.description(), description);
        change(changes, "events", String.join(", ", subscription.events()), String.join(", ", types));
        change(changes, "active", Boolean.toString(subscription.active()), Boolean.toString(active));
        if (!changes.isEmpty()) {
            subscription.setUrl(url);
            subscription.setDescription(description);
            subscription.setEvents(types);
            subscription.setActive(active);
            subscriptions.flush();
            publish(actor, project, "webhook.changed", subscription, String.join("\n", changes));
        }
        return subscription.view();
    }

    /** A new secret in place of the old one, which stops being used at once. */
    public SubscriptionWithSecret rotateSecret(Actor actor, String projectKey, long id, Long version) {
        ProjectRef project = access(actor, projectKey);
        WebhookSubscription subscription = find(project, id);
        StaleVersionException.check(Text.of("problem.webhook.webhook", id), version, subscription.version());
        String secret = newSecret();
        subscription.setSecret(secret);
        subscriptions.flush();
        publish(actor, project, "webhook.secret-rotated", subscription, null);
        return new SubscriptionWithSecret(subscription.view(), secret);
    }

    /** Removes the subscription with its deliveries, those not yet sent included. */
    public void delete(Actor actor, String projectKey, long id, Long version) {
        ProjectRef project = access(actor, projectKey);
        WebhookSubscription subscription = find(project, id);
        StaleVersionException.check(Text.of("problem.webhook.webhook", id), version, subscription.version());
        publish(actor, project, "webhook.deleted", subscription, "url: " + subscription.url());
        subscriptions.delete(subscription);
        subscriptions.flush();
    }

    /** The latest deliveries first, without their attempts. */
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveries(Actor actor, String projectKey, long id, int limit) {
        WebhookSubscription subscription = find(access(actor, projectKey), id);
        if (limit < 1 || limit > MAX_DELIVERIES) {
            throw new InvalidInputException("limit",
                    Text.of("problem.input.between", "1", String.valueOf(MAX_DELIVERIES)));
        }
        return deliveries.latest(subscription.id(), limit).stream().map(d -> view(d, List.of())).toList();
    }

    @Transactional(readOnly = true)
    public DeliveryView delivery(Actor actor, String projectKey, long id, UUID deliveryId) {
        Deliveries.Delivery delivery = findDelivery(find(access(actor, projectKey), id), deliveryId);
        return view(delivery, deliveries.attempts(delivery.id()));
    }

    /** Sends the delivery again, as soon as the sender next runs, under the same id and with a fresh day of retries. */
    public DeliveryView redeliver(Actor actor, String projectKey, long id, UUID deliveryId) {
        ProjectRef project = access(actor, projectKey);
        WebhookSubscription subscription = find(project, id);
        Deliveries.Delivery delivery = findDelivery(subscription, deliveryId);
        if (!deliveries.redeliver(delivery.id(), clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw new ConflictException(Text.of("problem.webhook.deliveryBusy", deliveryId.toString()));
        }
        publish(actor, project, "webhook.redelivered", subscription, "delivery: " + deliveryId + "\nevent: "
                + delivery.eventType());
        Deliveries.Delivery now = deliveries.find(delivery.id()).orElseThrow();
        return view(now, deliveries.attempts(now.id()));
    }

    private ProjectRef access(Actor actor, String projectKey) {
        return portfolio.access(actor, projectKey, Permission.MANAGE_INTEGRATIONS);
    }

    private WebhookSubscription find(ProjectRef project, long id) {
        return subscriptions.findByIdAndProjectId(id, project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.webhook.notFound", id, project.key())));
    }

    private Deliveries.Delivery findDelivery(WebhookSubscription subscription, UUID deliveryId) {
        return deliveries.find(deliveryId).filter(d -> d.subscriptionId() == subscription.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.webhook.deliveryNotFound",
                        deliveryId.toString())));
    }

    private String url(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInputException("url", Text.of("problem.input.required"));
        }
        if (url.strip().length() > MAX_URL) {
            throw new InvalidInputException("url", Text.of("problem.input.tooLong", MAX_URL));
        }
        return guard.check(url).toString();
    }

    private static String description(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.strip().length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", Text.of("problem.input.tooLong", MAX_DESCRIPTION));
        }
        return description.strip();
    }

    /** Known event types, each once, in the order of {@link WebhookEventType}. */
    private static List<String> events(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException("events", Text.of("problem.webhook.noEvents"));
        }
        var chosen = new LinkedHashSet<WebhookEventType>();
        for (String code : requested) {
            chosen.add(WebhookEventType.byCode(code).orElseThrow(() -> new InvalidInputException("events",
                    Text.of("problem.webhook.unknownEvent", clip(code), String.join(", ", codes())))));
        }
        return Arrays.stream(WebhookEventType.values()).filter(chosen::contains).map(WebhookEventType::code)
                .toList();
    }

    private static List<String> codes() {
        return Arrays.stream(WebhookEventType.values()).map(WebhookEventType::code).toList();
    }

    private static String clip(String text) {
        return text == null ? "null" : text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    private static void change(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "∅" : before) + " → " + (after == null ? "∅" : after));
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }

    private void publish(Actor actor, ProjectRef project, String action, WebhookSubscription subscription,
                         String summary) {
        events.publishEvent(new WebhookEvent(project.id(), actor.username(), action,
                project.key() + "/webhook-" + subscription.id(), summary));
    }

    private static DeliveryView view(Deliveries.Delivery d, List<DeliveryView.AttemptView> attempts) {
        return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.lastStatusCode(),
                d.createdAt(), d.status().equals(Deliveries.PENDING) ? d.nextAttemptAt() : null, d.finishedAt(),
                d.body(), attempts);
    }
}
