package dev.tandem.webhook.internal;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.system.DueBatches;
import dev.tandem.system.OutboundAddressGuard;
import dev.tandem.webhook.internal.Deliveries.Delivery;
import dev.tandem.system.RetrySchedule;
import dev.tandem.webhook.engine.WebhookSignature;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, one at a time: claims the row for a lease, posts the signed body, records the
 * attempt and either finishes the delivery or schedules the next try ({@link RetrySchedule}). A node that stops between
 * claim and record leaves a claimed row whose lease runs out; the next run sends it again under the same delivery id.
 */
@Component
public class WebhookSender {

    public static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final int EXCERPT = 1000;
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final Deliveries deliveries;
    private final WebhookSubscriptions subscriptions;
    private final OutboundAddressGuard guard;
    private final Clock clock;
    private final HttpClient http;

    @Autowired
    public WebhookSender(Deliveries deliveries, WebhookSubscriptions subscriptions, OutboundAddressGuard guard, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.clock = clock;
        // no redirects: a public URL must not lead the request on to a private one
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Sends what is due, batch after batch, for at most {@link DueBatches#LONGEST_RUN} (the next run goes on); one job across
     * nodes, though the claim of each delivery alone would keep them from sending it twice.
     */
    @Scheduled(initialDelayString = "${tandem.webhooks.send-delay:PT10S}",
            fixedDelayString = "${tandem.webhooks.send-every:PT10S}")
    @SchedulerLock(name = "webhook-sender")
    public void sendDue() {
        DueBatches.drain(batch -> deliveries.due(now(), batch), this::sendIfStillDue, log, "webhook delivery");
    }

    /** Claims the delivery if it is still due and sends it; false if someone else has it or it is not due. */
    boolean sendIfStillDue(UUID id) {
        Instant now = now();
        Instant lease = now.plus(LEASE);
        if (!deliveries.claim(id, now, lease)) {
            return false;
        }
        Delivery delivery = deliveries.find(id).orElseThrow();
        send(delivery, lease);
        return true;
    }

    private void send(Delivery delivery, Instant lease) {
        Optional<WebhookSubscription> subscription = subscriptions.findById(delivery.subscriptionId());
        if (subscription.isEmpty()) {
            return;
        }
        Instant started = now();
        Integer statusCode = null;
        String error = null;
        String response = null;
        try {
            URI target = guard.check(subscription.get().url());
            long unix = started.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Tandem-Webhooks/1")
                    .header("X-Tandem-Event", delivery.eventType())
                    .header("X-Tandem-Delivery", delivery.id().toString())
                    .header("X-Tandem-Signature", WebhookSignature.header(subscription.get().secret(), unix, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8)).build();
            HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            statusCode = answer.statusCode();
            try (InputStream in = answer.body()) {
                response = excerpt(in.readNBytes(EXCERPT));
            }
        } catch (InvalidInputException e) {
            error = clip("refused: " + e.getMessage());
        } catch (IOException e) {
            error = clip(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        Instant finished = now();
        long millis = Duration.between(started, finished).toMillis();
        boolean ok = statusCode != null && statusCode / 100 == 2;
        Instant next = ok ? null : RetrySchedule.next(delivery.retryFrom(), finished, delivery.attempts() + 1);
        String status = ok ? Deliveries.DELIVERED : next == null ? Deliveries.FAILED : Deliveries.PENDING;
        deliveries.finish(delivery, lease, started, millis, statusCode, error, response, status, next, finished);
    }

    private Instant now() {
        // millisecond precision, so an instant written to the database reads back equal on every database
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String excerpt(byte[] head) {
        // a cut through a multi-byte character becomes one replacement character, not an error
        return new String(head, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
