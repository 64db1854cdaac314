package dev.tandem.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.tandem.support.Api;
import dev.tandem.support.Api.ProjectWithItem;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.system.OutboundAddressGuard;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import dev.tandem.workitem.WorkItemEvent;
import tools.jackson.databind.JsonNode;
import dev.tandem.webhook.internal.Deliveries;
import dev.tandem.webhook.internal.WebhookSender;
import dev.tandem.webhook.internal.WebhookSubscriptions;

/**
 * Deliveries to a receiver inside the test (the JDK's HTTP server on 127.0.0.1; the test configuration allows private
 * targets) that checks each signature as docs/contexts/webhook.md tells receivers to. Retries and the restart run
 * senders made over the same database with a clock of their own, so nothing waits.
 */
@TandemIntegrationTest
class WebhookIntegrationTests {

    @Autowired
    Api api;
    @Autowired
    Deliveries deliveries;
    @Autowired
    WebhookSubscriptions subscriptions;
    @Autowired
    OutboundAddressGuard guard;
    @Autowired
    WebhookSender sender;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
            Integer status = answers.poll();
            byte[] answer = (status == null || status == 200 ? "ok" : "broken " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private String receiverUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The verification of docs/contexts/webhook.md: HMAC-SHA256 of "t.body" with the secret, compared in constant time. */
    private static boolean verifies(String secret, Received request) throws Exception {
        String t = null;
        String v1 = null;
        for (String part : request.header("X-Tandem-Signature").split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                t = kv[1];
            } else if (kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
    }

    private Subscribed subscribe(ProjectWithItem p, String... events) {
        Response created = api.post(p.pm().token(), webhooks(p.project()),
                Map.of("url", receiverUrl(), "description", "Receiver", "events", List.of(events)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Subscribed(created.json().get("subscription").get("id").asLong(), created.text("secret"));
    }

    record Subscribed(long id, String secret) {
    }

    private static String webhooks(String project) {
        return "/api/v1/projects/" + project + "/webhooks";
    }

    private JsonNode deliveriesOf(ProjectWithItem p, long id) {
        Response list = api.get(p.pm().token(), webhooks(p.project()) + "/" + id + "/deliveries");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json();
    }

    private JsonNode delivery(ProjectWithItem p, long id, String deliveryId) {
        return api.get(p.pm().token(), webhooks(p.project()) + "/" + id + "/deliveries/" + deliveryId).json();
    }

    private WebhookSender senderAt(Instant now) {
        return new WebhookSender(deliveries, subscriptions, guard, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static List<String> attemptCodes(JsonNode delivery) {
        List<String> codes = new ArrayList<>();
        delivery.get("attempts").forEach(a -> codes.add(a.get("statusCode").asString()));
        return codes;
    }

    @Test
    void aNewItemAndAStatusChangeAreDeliveredSignedToTheReceiver() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        Subscribed hook = subscribe(p, "item.created", "item.status-changed");
        String item = api.newItem(p.pm().token(), p.project(), "task", "Wire the acquirer");
        String status = api.get(p.pm().token(), "/api/v1/projects/" + p.project() + "/statuses").json().get(1)
                .get("name").asString();
        assertThat(api.patch(p.pm().token(), "/api/v1/items/" + item, Map.of("status", status, "version", 0)).status())
                .isEqualTo(200);

        sender.sendDue();

        assertThat(received).hasSize(2);
        for (Received r : received) {
            assertThat(verifies(hook.secret(), r)).as("signature of %s", r.body()).isTrue();
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.header("X-Tandem-Signature")).matches("t=\\d+,v1=[0-9a-f]{64}");
        }
        JsonNode created = api.json().readTree(received.get(0).body());
        assertThat(received.get(0).header("X-Tandem-Event")).isEqualTo("item.created");
        assertThat(created.get("type").asString()).isEqualTo("item.created");
        assertThat(created.get("project").asString()).isEqualTo(p.project());
        assertThat(created.get("data").get("item").asString()).isEqualTo(item);
        assertThat(created.get("data").get("actor").asString()).isEqualTo(p.pm().username());
        assertThat(UUID.fromString(created.get("id").asString())).isNotNull();
        assertThat(Instant.parse(created.get("occurredAt").asString())).isBefore(Instant.now().plusSeconds(1));
        JsonNode moved = api.json().readTree(received.get(1).body());
        assertThat(moved.get("type").asString()).isEqualTo("item.status-changed");
        assertThat(moved.get("data").get("to").asString()).isEqualTo(status);

        JsonNode list = deliveriesOf(p, hook.id());
        assertThat(list).hasSize(2);
        list.forEach(d -> assertThat(d.get("status").asString()).isEqualTo("DELIVERED"));
        String deliveryId = received.get(0).header("X-Tandem-Delivery");
        JsonNode one = delivery(p, hook.id(), deliveryId);
        assertThat(one.get("eventType").asString()).isEqualTo("item.created");
        assertThat(one.get("body").asString()).isEqualTo(received.get(0).body());
        assertThat(attemptCodes(one)).containsExactly("200");
        assertThat(one.get("attempts").get(0).get("response").asString()).isEqualTo("ok");
    }

    @Test
    void aReceiverThatFailsFirstGetsTheDeliveryAgainAfterTheBackoff() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        Subscribed hook = subscribe(p, "item.created");
        api.newItem(p.pm().token(), p.project(), "task", "Retry me");
        answers.add(500);
        Instant t0 = Instant.now().plusSeconds(1);

        senderAt(t0).sendDue();
        JsonNode afterFailure = deliveriesOf(p, hook.id()).get(0);
        senderAt(t0.plusSeconds(29)).sendDue();
        int beforeBackoffEnds = received.size();
        senderAt(t0.plusSeconds(31)).sendDue();

        assertThat(afterFailure.get("status").asString()).isEqualTo("PENDING");
        assertThat(afterFailure.get("attemptCount").asInt()).isEqualTo(1);
        assertThat(afterFailure.get("lastStatusCode").asInt()).isEqualTo(500);
        assertThat(Duration.between(t0, Instant.parse(afterFailure.get("nextAttemptAt").asString())).toMillis())
                .isBetween(29_000L, 31_000L);
        assertThat(beforeBackoffEnds).isEqualTo(1);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).header("X-Tandem-Delivery")).isEqualTo(received.get(0).header("X-Tandem-Delivery"));
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(verifies(hook.secret(), received.get(1))).isTrue();
        JsonNode done = delivery(p, hook.id(), received.get(0).header("X-Tandem-Delivery"));
        assertThat(done.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(attemptCodes(done)).containsExactly("500", "200");
        assertThat(done.get("attempts").get(0).get("response").asString()).isEqualTo("broken 500");
    }

    @Test
    void aDeliveryClaimedByANodeThatStoppedIsSentOnceByTheNextOneAfterTheLeaseUnderTheSameId() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        Subscribed hook = subscribe(p, "item.created");
        api.newItem(p.pm().token(), p.project(), "task", "Survive a restart");
        answers.add(500);
        Instant t0 = Instant.now().plusSeconds(1);
        senderAt(t0).sendDue();
        UUID id = UUID.fromString(deliveriesOf(p, hook.id()).get(0).get("id").asString());

        // the first node claims the retry when it falls due, then stops before it sends
        Instant retry = t0.plusSeconds(31);
        assertThat(deliveries.claim(id, retry, retry.plus(WebhookSender.LEASE))).isTrue();
        String whileClaimed = delivery(p, hook.id(), id.toString()).get("status").asString();
        // the restarted node: nothing while the lease holds, then the delivery once
        senderAt(retry.plusSeconds(60)).sendDue();
        int duringLease = received.size();
        WebhookSender restarted = senderAt(retry.plus(WebhookSender.LEASE).plusSeconds(1));
        restarted.sendDue();
        restarted.sendDue();
        senderAt(retry.plus(WebhookSender.LEASE).plus(Duration.ofHours(2))).sendDue();

        assertThat(whileClaimed).isEqualTo("SENDING");
        assertThat(duringLease).isEqualTo(1);
        assertThat(received).hasSize(2);
        assertThat(received).extracting(r -> r.header("X-Tandem-Delivery")).containsOnly(id.toString());
        assertThat(verifies(hook.secret(), received.get(1))).isTrue();
        JsonNode done = delivery(p, hook.id(), id.toString());
        assertThat(done.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(attemptCodes(done)).containsExactly("500", "200");
    }

    @Test
    void aDeliveryIsSentAgainOnRequestUnderTheSameIdWithTheSameBody() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        Subscribed hook = subscribe(p, "item.created");
        api.newItem(p.pm().token(), p.project(), "task", "Send twice");
        sender.sendDue();
        String id = received.get(0).header("X-Tandem-Delivery");
        long head = api.auditHead();

        Response redelivered = api.post(p.pm().token(), webhooks(p.project()) + "/" + hook.id() + "/deliveries/" + id
                + "/redeliver", null);
        sender.sendDue();

        assertThat(redelivered.status()).as(redelivered.toString()).isEqualTo(200);
        assertThat(redelivered.text("status")).isEqualTo("PENDING");
        assertThat(received).hasSize(2);
        assertThat(received.get(1).header("X-Tandem-Delivery")).isEqualTo(id);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(verifies(hook.secret(), received.get(1))).isTrue();
        assertThat(attemptCodes(delivery(p, hook.id(), id))).containsExactly("200", "200");
        assertThat(api.auditActionsAfter(head)).containsExactly("webhook.redelivered");
    }

    @Test
    void aMilestoneWhoseDueDateMovesLaterIsReportedAsSlipped() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        String milestone = Response.text(api.newItem(p.pm().token(), p.project(),
                Map.of("type", "milestone", "title", "Go live", "dueDate", "2027-03-01")), "key");
        Subscribed hook = subscribe(p, "milestone.slipped");
        api.patch(p.pm().token(), "/api/v1/items/" + milestone, Map.of("dueDate", "2027-02-20", "version", 0));
        api.patch(p.pm().token(), "/api/v1/items/" + milestone, Map.of("dueDate", "2027-03-15", "version", 1));
        api.patch(p.pm().token(), "/api/v1/items/" + p.item(), Map.of("dueDate", "2027-03-15", "version", 0));

        sender.sendDue();

        assertThat(received).hasSize(1);
        JsonNode slipped = api.json().readTree(received.get(0).body());
        assertThat(slipped.get("type").asString()).isEqualTo("milestone.slipped");
        assertThat(slipped.get("data").get("item").asString()).isEqualTo(milestone);
        assertThat(slipped.get("data").get("from").asString()).isEqualTo("2027-02-20");
        assertThat(slipped.get("data").get("to").asString()).isEqualTo("2027-03-15");
        assertThat(verifies(hook.secret(), received.get(0))).isTrue();
    }

    @Test
    void baselinesChangeRequestsAndMeetingDecisionsAreDelivered() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        var signers = api.feasibilitySignedOff(p.project());
        Subscribed hook = subscribe(p, "baseline.captured", "change.submitted", "change.decided",
                "meeting.decision-recorded");
        String project = "/api/v1/projects/" + p.project();
        assertThat(api.post(p.pm().token(), project + "/baselines", Map.of("name", "Plan A")).status()).isEqualTo(201);
        long request = api.post(p.pm().token(), project + "/change-requests", Map.of("title", "More time",
                "reason", "The acquirer is late", "changes", List.of(Map.of("op", "setEstimate", "item", p.item(),
                        "mostLikelyDays", 3)))).number("id");
        assertThat(api.post(p.pm().token(), "/api/v1/change-requests/" + request + "/submit", null).status())
                .isEqualTo(200);
        assertThat(api.post(signers.architect().token(), "/api/v1/change-requests/" + request + "/votes",
                Map.of("decision", "REJECT", "comment", "Not now")).status()).isEqualTo(200);
        long meeting = api.post(p.pm().token(), project + "/meetings", Map.of("kind", "other", "title", "Review",
                "start", "2027-01-05T10:00", "timeZone", "UTC", "durationMinutes", 30)).number("id");
        assertThat(api.post(p.pm().token(), project + "/meetings/" + meeting + "/decisions",
                Map.of("text", "Ship in March")).status()).isEqualTo(201);

        sender.sendDue();

        List<JsonNode> bodies = new ArrayList<>();
        for (Received r : received) {
            assertThat(verifies(hook.secret(), r)).isTrue();
            bodies.add(api.json().readTree(r.body()));
        }
        assertThat(bodies).extracting(b -> b.get("type").asString()).containsExactlyInAnyOrder("baseline.captured",
                "change.submitted", "change.decided", "meeting.decision-recorded");
        JsonNode decided = bodies.stream().filter(b -> b.get("type").asString().equals("change.decided")).findFirst()
                .orElseThrow();
        assertThat(decided.get("data").get("decision").asString()).isEqualTo("rejected");
        assertThat(decided.get("data").get("actor").asString()).isEqualTo(signers.architect().username());
        JsonNode decision = bodies.stream().filter(b -> b.get("type").asString().equals("meeting.decision-recorded"))
                .findFirst().orElseThrow();
        assertThat(decision.get("data").get("summary").asString()).contains("Ship in March");
    }

    @Test
    void aDeliveryCommitsWithTheChangeThatCausedItOrNotAtAll() {
        ProjectWithItem p = api.projectWithItem();
        Subscribed hook = subscribe(p, "item.created");
        long projectId = api.jdbc().queryForObject("select id from project where project_key = ?", Long.class,
                p.project());
        var transaction = new TransactionTemplate(transactions);
        String count = "select count(*) from webhook_delivery where subscription_id = ?";

        transaction.executeWithoutResult(status -> {
            events.publishEvent(new WorkItemEvent.ItemCreated(projectId, p.pm().username(), p.item(), "undone"));
            status.setRollbackOnly();
        });
        long afterRollback = api.jdbc().queryForObject(count, Long.class, hook.id());
        transaction.executeWithoutResult(status ->
                events.publishEvent(new WorkItemEvent.ItemCreated(projectId, p.pm().username(), p.item(), "kept")));

        assertThat(afterRollback).isZero();
        assertThat(api.jdbc().queryForObject(count, Long.class, hook.id())).isEqualTo(1);
    }

    @Test
    void subscriptionsAreChangedWithTheirVersionAndTheSecretIsShownOnlyWhenMade() {
        ProjectWithItem p = api.projectWithItem();
        Subscribed hook = subscribe(p, "item.created");
        String path = webhooks(p.project()) + "/" + hook.id();
        long head = api.auditHead();

        Response read = api.get(p.pm().token(), path);
        Response stale = api.patch(p.pm().token(), path, Map.of("active", false, "version", 7));
        Response paused = api.patch(p.pm().token(), path, Map.of("active", false, "version", 0));
        api.newItem(p.pm().token(), p.project(), "task", "Not told");
        Response rotated = api.post(p.pm().token(), path + "/secret", Map.of("version", 1));
        Response deleted = api.delete(p.pm().token(), path + "?version=2");

        assertThat(hook.secret()).matches("whsec_[0-9a-f]{64}");
        assertThat(read.body()).doesNotContain(hook.secret()).doesNotContain("secret");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
        assertThat(paused.json().get("active").asBoolean()).isFalse();
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.text("secret")).matches("whsec_[0-9a-f]{64}").isNotEqualTo(hook.secret());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(p.pm().token(), path).status()).isEqualTo(404);
        assertThat(api.jdbc().queryForObject("select count(*) from webhook_delivery where subscription_id = ?",
                Long.class, hook.id())).isZero();
        assertThat(api.auditActionsAfter(head)).containsExactly("webhook.changed", "item.created",
                "webhook.secret-rotated", "webhook.deleted");
    }

    @Test
    void aBadUrlAnUnknownEventTypeOrOneWebhookTooManyIsRefusedAndNothingIsStored() {
        ProjectWithItem p = api.projectWithItem();
        String path = webhooks(p.project());
        long head = api.auditHead();

        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("events", List.of("item.created")),
                Map.of("url", "ftp://127.0.0.1/hook", "events", List.of("item.created")),
                Map.of("url", "not a url", "events", List.of("item.created")),
                Map.of("url", "http://:80/", "events", List.of("item.created")),
                Map.of("url", "http://host.invalid/hook", "events", List.of("item.created")),
                Map.of("url", receiverUrl(), "events", List.of("item.exploded")),
                Map.of("url", receiverUrl(), "events", List.of()),
                Map.of("url", receiverUrl()),
                Map.of("url", receiverUrl(), "events", List.of("item.created"), "description", "x".repeat(201)),
                Map.of("url", "http://127.0.0.1/" + "x".repeat(2000), "events", List.of("item.created")))) {
            Response r = api.post(p.pm().token(), path, body);
            assertThat(r.status()).as("%s → %s", body, r).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(api.get(p.pm().token(), path).json()).isEmpty();
        assertThat(api.auditHead()).isEqualTo(head);

        for (int i = 0; i < WebhookManagement.MAX_SUBSCRIPTIONS; i++) {
            assertThat(api.post(p.pm().token(), path, Map.of("url", receiverUrl(), "events", List.of("item.created")))
                    .status()).isEqualTo(201);
        }
        Response tooMany = api.post(p.pm().token(), path, Map.of("url", receiverUrl(), "events", List.of("item.created")));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.detail()).contains("at most 20");
        assertThat(api.get(p.pm().token(), path).json()).hasSize(WebhookManagement.MAX_SUBSCRIPTIONS);
    }

    @Test
    void anEngineerMayNotSeeOrAddWebhooks() {
        ProjectWithItem p = api.projectWithItem();
        var engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");

        Response list = api.get(engineer.token(), webhooks(p.project()));
        Response add = api.post(engineer.token(), webhooks(p.project()),
                Map.of("url", receiverUrl(), "events", List.of("item.created")));

        assertThat(list.status()).isEqualTo(403);
        assertThat(add.status()).isEqualTo(403);
        assertThat(api.get(p.pm().token(), webhooks(p.project())).json()).isEmpty();
    }
}
