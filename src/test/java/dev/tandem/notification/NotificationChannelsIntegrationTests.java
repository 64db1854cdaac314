package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.tandem.meeting.ActionItemAssigned;
import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Api.ProjectWithItem;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import dev.tandem.notification.internal.NotificationDeliveries;
import dev.tandem.notification.internal.NotificationSender;

/**
 * Chat messages to a receiver inside the test (the JDK's HTTP server on 127.0.0.1, allowed by the test configuration)
 * that checks each provider's signature as its documentation defines it, and e-mails to GreenMail on the port the test
 * configuration names. The sender runs with a clock of its own, so quiet hours and retries need no waiting.
 */
@TandemIntegrationTest
class NotificationChannelsIntegrationTests {

    @Autowired
    Api api;
    @Autowired
    NotificationSender sender;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    NotificationDeliveries deliveries;
    @LocalServerPort
    int port;

    private HttpServer server;
    @RegisterExtension
    final Mailbox mail = new Mailbox();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    record Received(String path, String rawQuery, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, exchange.getRequestURI().getRawQuery(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Integer status = answers.poll();
            String answer = path.endsWith("slack") ? "ok" : path.endsWith("feishu") ? "{\"code\":0,\"msg\":\"success\"}"
                    : "{\"errcode\":0,\"errmsg\":\"ok\"}";
            byte[] bytes = (status == null ? answer : "broken").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 200 : status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String receiver(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private long personId(String username) {
        return api.jdbc().queryForObject("select id from person where username = ?", Long.class, username);
    }

    private void assign(long ownerId, String projectKey, String title) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new ActionItemAssigned(
                ownerId, projectKey, "Weekly sync", title, LocalDate.of(2027, 3, 1), "/projects/" + projectKey + "/meetings")));
    }

    private NotificationSender senderAt(Instant now) {
        return sender.at(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private long addChannel(ProjectWithItem p, String provider, String path, String secret, String language) {
        Response r = api.post(p.pm().token(), "/api/v1/projects/" + p.project() + "/chat-channels", Api.fields(
                "name", provider + " group", "provider", provider, "url", receiver(path), "secret", secret,
                "kinds", List.of("action-item-assigned"), "language", language));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static byte[] hmac(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String raw) {
        return Arrays.stream(raw.split("&")).map(kv -> kv.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }

    @Test
    void eachChatToolGetsItsCardSignedAsItsDocumentationDefines() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        addChannel(p, "SLACK", "slack", null, "en");
        addChannel(p, "FEISHU", "feishu", "feishu-secret", "zh-CN");
        addChannel(p, "DINGTALK", "dingtalk?access_token=abc", "SECdingtalk", "en");
        addChannel(p, "WECOM", "wecom?key=k1", null, "zh-CN");
        assign(personId(p.pm().username()), p.project(), "Draft the rollout plan");

        senderAt(now()).sendDue();

        assertThat(received).extracting(Received::path)
                .containsExactlyInAnyOrder("/slack", "/feishu", "/dingtalk", "/wecom");
        String link = "http://tandem.example.test/projects/" + p.project() + "/meetings";

        JsonNode slack = api.json().readTree(byPath("/slack").body());
        assertThat(slack.get("text").asString()).contains("Draft the rollout plan");
        assertThat(slack.toString()).contains(link);

        JsonNode feishu = api.json().readTree(byPath("/feishu").body());
        String timestamp = feishu.get("timestamp").asString();
        assertThat(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond())).isLessThan(3600);
        assertThat(feishu.get("sign").asString())
                .isEqualTo(Base64.getEncoder().encodeToString(hmac(timestamp + "\nfeishu-secret", "")));
        assertThat(feishu.get("msg_type").asString()).isEqualTo("interactive");
        assertThat(feishu.toString()).contains("负责会议", link);

        Received ding = byPath("/dingtalk");
        Map<String, String> q = query(ding.rawQuery());
        assertThat(q.get("access_token")).isEqualTo("abc");
        assertThat(q.get("sign")).isEqualTo(URLEncoder.encode(Base64.getEncoder().encodeToString(
                hmac("SECdingtalk", q.get("timestamp") + "\nSECdingtalk")), StandardCharsets.UTF_8));
        assertThat(api.json().readTree(ding.body()).get("msgtype").asString()).isEqualTo("actionCard");

        JsonNode wecom = api.json().readTree(byPath("/wecom").body());
        assertThat(wecom.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(wecom.get("markdown").get("content").asString()).contains("负责会议", link);

        // sent is sent: another run sends nothing again
        senderAt(now().plus(Duration.ofHours(2))).sendDue();
        assertThat(received).hasSize(4);
    }

    private Received byPath(String path) {
        return received.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void aChatOutageIsRetriedWithTheFailureShownAndSentOnceItIsBack() {
        ProjectWithItem p = api.projectWithItem();
        long channel = addChannel(p, "SLACK", "slack", null, "en");
        answers.add(503);
        assign(personId(p.pm().username()), p.project(), "Book the venue");
        Instant first = now();

        senderAt(first).sendDue();

        String deliveriesPath = "/api/v1/projects/" + p.project() + "/chat-channels/" + channel + "/deliveries";
        JsonNode failed = api.get(p.pm().token(), deliveriesPath).json().get(0);
        assertThat(failed.get("status").asString()).isEqualTo("PENDING");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("lastError").asString()).contains("503");
        // the page shows it to the project's managers
        PageSession page = PageSession.signedIn(port, p.pm().username(), p.pm().password());
        assertThat(page.get("/projects/" + p.project() + "/chat-channels").body())
                .contains("SLACK group", "delivery-pending", "HTTP 503");
        // not due again before the backoff's 30 seconds
        senderAt(first.plusSeconds(10)).sendDue();
        assertThat(received).hasSize(1);

        senderAt(first.plusSeconds(31)).sendDue();

        assertThat(received).hasSize(2);
        JsonNode delivered = api.get(p.pm().token(), deliveriesPath).json().get(0);
        assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void aStoppedSenderLeavesAClaimThatTheNextRunSendsOnce() {
        ProjectWithItem p = api.projectWithItem();
        addChannel(p, "SLACK", "slack", null, "en");
        assign(personId(p.pm().username()), p.project(), "Order the badges");
        Instant now = now();
        // the chat message (the e-mail to the owner names the project too)
        var id = deliveries.due(now, 1000).stream().map(d -> deliveries.find(d).orElseThrow())
                .filter(d -> p.project().equals(d.projectKey()) && d.chatChannelId() != null)
                .map(NotificationDeliveries.Delivery::id).findFirst().orElseThrow();
        // a node claimed it and stopped before sending
        assertThat(deliveries.claim(id, now, now.plus(NotificationSender.LEASE))).isTrue();
        senderAt(now.plusSeconds(5)).sendDue();
        assertThat(received).isEmpty();

        senderAt(now.plus(NotificationSender.LEASE).plusSeconds(1)).sendDue();
        senderAt(now.plus(NotificationSender.LEASE).plusSeconds(2)).sendDue();

        assertThat(received).hasSize(1);
    }

    @Test
    void anEmailReachesTheRecipientInTheirLanguageAndItsUnsubscribeLinkWorksWithoutSigningIn() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        Person owner = api.newPerson();
        api.jdbc().update("update person set locale = 'zh-CN' where username = ?", owner.username());
        long ownerId = personId(owner.username());
        assign(ownerId, p.project(), "Write the release notes");

        senderAt(now()).sendDue();

        MimeMessage message = mailTo(owner.username() + "@example.com");
        assertThat(message.getSubject()).contains("分配给你的行动项");
        assertThat(message.getHeader("Message-ID")[0]).endsWith("@tandem>");
        String text = Mailbox.part(message, "text/plain");
        String html = Mailbox.part(message, "text/html");
        assertThat(text).contains("你负责会议", "Write the release notes",
                "http://tandem.example.test/projects/" + p.project() + "/meetings");
        assertThat(html).contains("Write the release notes", "退订这类邮件");
        Matcher link = Pattern.compile("http://tandem\\.example\\.test(/notifications/unsubscribe\\?token=\\S+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();

        PageSession anonymous = new PageSession(port);
        PageSession.Page confirm = anonymous.get(link.group(1));
        assertThat(confirm.status()).isEqualTo(200);
        String token = link.group(1).substring(link.group(1).indexOf('=') + 1);
        PageSession.Page done = anonymous.post("/notifications/unsubscribe", Map.of("token", token));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("id=\"unsubscribed\"");

        JsonNode choices = api.get(owner.token(), "/api/v1/me/notification-preferences").json().get("choices");
        JsonNode assigned = choiceOf(choices, "action-item-assigned");
        assertThat(assigned.get("email").asBoolean()).isFalse();
        assertThat(assigned.get("inbox").asBoolean()).isTrue();
        assertThat(choiceOf(choices, "delay-risk").get("email").asBoolean()).isTrue();

        assign(ownerId, p.project(), "Another action");
        assertThat(deliveries.ofPerson(ownerId, NotificationDeliveries.EMAIL)).hasSize(1);

        PageSession forged = new PageSession(port);
        forged.get("/notifications/unsubscribe?token=x");
        assertThat(forged.post("/notifications/unsubscribe", Map.of("token", ownerId + ".delay-risk.AAAA")).status())
                .isEqualTo(404);
        assertThat(choiceOf(api.get(owner.token(), "/api/v1/me/notification-preferences").json().get("choices"),
                "delay-risk").get("email").asBoolean()).isTrue();
    }

    @Test
    void quietHoursHoldAnEmailUntilTheyEnd() throws Exception {
        ProjectWithItem p = api.projectWithItem();
        Person owner = api.newPerson();
        long ownerId = personId(owner.username());
        // quiet from an hour ago until an hour from now, on the owner's clock (UTC: no zone of their own)
        LocalTime time = LocalTime.now(ZoneOffset.UTC);
        String from = time.minusHours(1).withSecond(0).withNano(0).toString();
        String until = time.plusHours(1).withSecond(0).withNano(0).toString();
        Response saved = api.send("PUT", "/api/v1/me/notification-preferences", "Bearer " + owner.token(),
                Map.of("quietFrom", from, "quietUntil", until, "version", 0));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assign(ownerId, p.project(), "Quiet task");

        senderAt(now()).sendDue();
        assertThat(mail.to(owner.username() + "@example.com")).isEmpty();
        Instant release = deliveries.ofPerson(ownerId, NotificationDeliveries.EMAIL).get(0).nextAttemptAt();
        assertThat(release).isAfter(Instant.now().plus(Duration.ofMinutes(55)));

        senderAt(release.plusSeconds(1)).sendDue();

        assertThat(mailTo(owner.username() + "@example.com").getSubject()).contains("Action item assigned to you");
    }

    @Test
    void preferencesTurnTheInboxAndEmailOff() {
        ProjectWithItem p = api.projectWithItem();
        Person owner = api.newPerson();
        long ownerId = personId(owner.username());
        Response saved = api.send("PUT", "/api/v1/me/notification-preferences", "Bearer " + owner.token(),
                Map.of("choices", List.of(Map.of("kind", "action-item-assigned", "inbox", false, "email", false)),
                        "version", 0));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(choiceOf(saved.json().get("choices"), "action-item-assigned").get("inbox").asBoolean()).isFalse();

        assign(ownerId, p.project(), "Silent task");

        assertThat(deliveries.ofPerson(ownerId, NotificationDeliveries.EMAIL)).isEmpty();
        assertThat(api.get(owner.token(), "/api/v1/me/notifications").json().size()).isZero();
        // a stale version changes nothing
        Response stale = api.send("PUT", "/api/v1/me/notification-preferences", "Bearer " + owner.token(),
                Map.of("choices", List.of(Map.of("kind", "action-item-assigned", "inbox", true, "email", true)),
                        "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(choiceOf(api.get(owner.token(), "/api/v1/me/notification-preferences").json().get("choices"),
                "action-item-assigned").get("inbox").asBoolean()).isFalse();
    }

    @Test
    void aProjectDefaultTurnsEmailOffForMembersWithoutAChoiceOfTheirOwn() {
        ProjectWithItem p = api.projectWithItem();
        Person quiet = api.newPerson();
        Person keen = api.newPerson();
        String path = "/api/v1/projects/" + p.project() + "/notification-defaults";
        Response set = api.send("PUT", path, "Bearer " + p.pm().token(), Map.of("choices",
                List.of(Map.of("kind", "action-item-assigned", "inbox", true, "email", false))));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(choiceOf(api.get(p.pm().token(), path).json(), "action-item-assigned").get("email").asBoolean())
                .isFalse();
        assertThat(api.send("PUT", "/api/v1/me/notification-preferences", "Bearer " + keen.token(), Map.of("choices",
                List.of(Map.of("kind", "action-item-assigned", "inbox", true, "email", true)), "version", 0)).status())
                .isEqualTo(200);

        assign(personId(quiet.username()), p.project(), "Default applies");
        assign(personId(keen.username()), p.project(), "Own choice wins");

        assertThat(deliveries.ofPerson(personId(quiet.username()), NotificationDeliveries.EMAIL)).isEmpty();
        assertThat(deliveries.ofPerson(personId(keen.username()), NotificationDeliveries.EMAIL)).hasSize(1);
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        assertThat(api.send("PUT", path, "Bearer " + engineer.token(), Map.of("choices",
                List.of(Map.of("kind", "action-item-assigned", "inbox", true, "email", true)))).status()).isEqualTo(403);
        assertThat(api.send("PUT", path, "Bearer " + p.pm().token(), Map.of("choices",
                List.of(Map.of("kind", "change-request-decided", "inbox", true, "email", true)))).status()).isEqualTo(400);
    }

    @Test
    void chatChannelsRefuseBadInputAndNeedManageIntegrations() {
        ProjectWithItem p = api.projectWithItem();
        String path = "/api/v1/projects/" + p.project() + "/chat-channels";
        assertThat(api.post(p.pm().token(), path, Api.fields("name", "x", "provider", "TEAMS", "url", receiver("a"),
                "kinds", List.of("delay-risk"))).status()).isEqualTo(400);
        assertThat(api.post(p.pm().token(), path, Api.fields("name", "x", "provider", "SLACK", "url", "ftp://x.test/a",
                "kinds", List.of("delay-risk"))).status()).isEqualTo(400);
        assertThat(api.post(p.pm().token(), path, Api.fields("name", "x", "provider", "SLACK", "url", receiver("a"),
                "secret", "only for signing bots", "kinds", List.of("delay-risk"))).status()).isEqualTo(400);
        assertThat(api.post(p.pm().token(), path, Api.fields("name", "x", "provider", "SLACK", "url", receiver("a"),
                "kinds", List.of("nope"))).status()).isEqualTo(400);
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        assertThat(api.get(engineer.token(), path).status()).isEqualTo(403);
        assertThat(api.get(p.pm().token(), path).json().size()).isZero();
    }

    private static JsonNode choiceOf(JsonNode choices, String kind) {
        for (JsonNode c : choices) {
            if (c.get("kind").asString().equals(kind)) {
                return c;
            }
        }
        throw new AssertionError("no choice for " + kind + " in " + choices);
    }

    private MimeMessage mailTo(String address) throws Exception {
        MimeMessage[] found = mail.to(address);
        assertThat(found).as("mail to " + address).hasSize(1);
        return found[0];
    }
}
