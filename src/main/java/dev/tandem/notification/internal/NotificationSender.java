package dev.tandem.notification.internal;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.notification.internal.NotificationDeliveries.Delivery;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.system.DueBatches;
import dev.tandem.system.RetrySchedule;
import jakarta.mail.MessagingException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dev.tandem.notification.ChatProvider;
import dev.tandem.notification.NotificationKind;
import dev.tandem.notification.NotificationPreferences;

/**
 * Sends the e-mails and chat messages that are due, one at a time, as the webhook sender does: claims the row for a
 * lease, sends, and either finishes it or schedules the next try ({@link RetrySchedule}); a node that stops in between
 * leaves a claimed row whose lease runs out and is sent again. The text is rendered at sending, in the recipient's
 * language (the person's account, the channel's setting).
 */
@Component
public class NotificationSender {

    public static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationDeliveries deliveries;
    private final ChatChannels channels;
    private final ChatTargets targets;
    private final Mailer mailer;
    private final NotificationPreferences preferences;
    private final IdentityManagement identity;
    private final MessageSource messages;
    private final String publicUrl;
    private final Clock clock;
    private final HttpClient http;

    NotificationSender(NotificationDeliveries deliveries, ChatChannels channels, ChatTargets targets, Mailer mailer,
                       NotificationPreferences preferences, IdentityManagement identity, MessageSource messages,
                       @Value("${tandem.public-url:http://localhost:8080}") String publicUrl, Clock clock) {
        this.deliveries = deliveries;
        this.channels = channels;
        this.targets = targets;
        this.mailer = mailer;
        this.preferences = preferences;
        this.identity = identity;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
        // no redirects: a public URL must not lead the request on to a private one
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A sender over the same outbox with a clock of its own (tests: quiet hours, retries). */
    public NotificationSender at(Clock other) {
        return new NotificationSender(deliveries, channels, targets, mailer, preferences, identity, messages, publicUrl,
                other);
    }

    @Scheduled(initialDelayString = "${tandem.notifications.send-delay:PT10S}",
            fixedDelayString = "${tandem.notifications.send-every:PT10S}")
    @SchedulerLock(name = "notification-sender")
    public void sendDue() {
        DueBatches.drain(batch -> deliveries.due(now(), batch), this::sendIfStillDue, log, "notification delivery");
    }

    boolean sendIfStillDue(UUID id) {
        Instant now = now();
        Instant lease = now.plus(LEASE);
        if (!deliveries.claim(id, now, lease)) {
            return false;
        }
        Delivery delivery = deliveries.find(id).orElseThrow();
        String error = switch (delivery.channel()) {
            case NotificationDeliveries.EMAIL -> email(delivery);
            case NotificationDeliveries.DIGEST -> digest(delivery);
            default -> chat(delivery);
        };
        Instant finished = now();
        int attempts = delivery.attempts() + 1;
        Instant next = error == null ? null : RetrySchedule.next(delivery.retryFrom(), finished, attempts);
        String status = error == null ? NotificationDeliveries.DELIVERED
                : next == null ? NotificationDeliveries.FAILED : NotificationDeliveries.PENDING;
        deliveries.finish(id, lease, attempts, status, error == null ? null : clip(error), next, finished);
        return true;
    }

    /** Null once sent; otherwise why not. A person who has gone or turned e-mail off since counts as done. */
    private String email(Delivery delivery) {
        NotificationKind kind = NotificationKind.byCode(delivery.kind()).orElseThrow();
        PersonSummary person = identity.byIds(List.of(delivery.personId())).get(delivery.personId());
        if (person == null || person.email() == null || person.email().isBlank() || !mailer.enabled()
                || !preferences.wants(person.id(), kind, NotificationPreferences.EMAIL)) {
            return null;
        }
        Locale locale = person.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(person.locale());
        String text = render(delivery, locale);
        Map<String, Object> model = new HashMap<>();
        model.put("name", person.displayName());
        model.put("text", text);
        model.put("link", publicUrl + delivery.link());
        model.put("kind", kind.code());
        model.put("preferences", publicUrl + "/account/notifications");
        model.put("unsubscribe", publicUrl + "/notifications/unsubscribe?token="
                + preferences.unsubscribeToken(person.id(), kind));
        String subject = messages.getMessage("notify.mail.subject", new Object[] {
                messages.getMessage("notify.kind." + kind.code(), null, locale)}, locale);
        try {
            mailer.send(delivery.id(), person.email(), subject, locale, model);
            return null;
        } catch (MessagingException | RuntimeException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    /** One project's part of a digest: its kinds in the order of {@link NotificationKind}. */
    public record DigestProject(String project, List<DigestKind> kinds) {
    }

    /** The notifications of one kind in a digest, with the link that turns that kind's e-mails off. */
    public record DigestKind(String kind, String title, String unsubscribe, List<DigestEntry> entries) {
    }

    public record DigestEntry(String text, String link) {
    }

    /**
     * Null once sent; otherwise why not. The e-mails the digest gathered, grouped by project and kind, in the person's
     * language; kinds the person no longer wants by e-mail are left out, and a digest left empty is not sent.
     */
    private String digest(Delivery delivery) {
        PersonSummary person = identity.byIds(List.of(delivery.personId())).get(delivery.personId());
        if (person == null || person.email() == null || person.email().isBlank() || !mailer.enabled()) {
            return null;
        }
        Locale locale = person.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(person.locale());
        Map<String, Map<NotificationKind, List<DigestEntry>>> grouped = new java.util.TreeMap<>();
        int count = 0;
        for (Delivery gathered : deliveries.ofDigest(delivery.id())) {
            Optional<NotificationKind> kind = NotificationKind.byCode(gathered.kind());
            if (kind.isEmpty() || !preferences.wants(person.id(), kind.get(), NotificationPreferences.EMAIL)) {
                continue;
            }
            grouped.computeIfAbsent(gathered.projectKey() == null ? "" : gathered.projectKey(),
                            p -> new java.util.EnumMap<>(NotificationKind.class))
                    .computeIfAbsent(kind.get(), k -> new java.util.ArrayList<>())
                    .add(new DigestEntry(render(gathered, locale), publicUrl + gathered.link()));
            count++;
        }
        if (count == 0) {
            return null;
        }
        List<DigestProject> projects = grouped.entrySet().stream().map(p -> new DigestProject(p.getKey(),
                p.getValue().entrySet().stream().map(k -> new DigestKind(k.getKey().code(),
                        messages.getMessage("notify.kind." + k.getKey().code(), null, locale),
                        publicUrl + "/notifications/unsubscribe?token="
                                + preferences.unsubscribeToken(person.id(), k.getKey()), k.getValue())).toList()))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("name", person.displayName());
        model.put("projects", projects);
        model.put("count", count);
        model.put("inbox", publicUrl + "/inbox");
        model.put("preferences", publicUrl + "/account/notifications");
        String subject = messages.getMessage("notify.digest.subject", new Object[] {count}, locale);
        try {
            mailer.send(delivery.id(), person.email(), subject, locale, "digest", model);
            return null;
        } catch (MessagingException | RuntimeException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    private String chat(Delivery delivery) {
        Optional<ChatChannel> found = channels.findById(delivery.chatChannelId());
        if (found.isEmpty()) {
            return null;
        }
        ChatChannel channel = found.get();
        Locale locale = Locale.forLanguageTag(channel.language());
        NotificationKind kind = NotificationKind.byCode(delivery.kind()).orElseThrow();
        String title = delivery.projectKey() + " · " + messages.getMessage("notify.kind." + kind.code(), null, locale);
        ChatMessages.Request request = ChatMessages.of(channel.provider(), channel.url(), channel.secret(), title,
                render(delivery, locale), publicUrl + delivery.link(),
                messages.getMessage("notify.chat.open", null, locale), now().toEpochMilli());
        try {
            URI target = targets.check(request.url());
            HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Tandem-Notifications/1")
                    .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = answer.body()) {
                body = new String(in.readNBytes(1000), StandardCharsets.UTF_8);
            }
            if (answer.statusCode() / 100 != 2) {
                return "HTTP " + answer.statusCode() + ": " + body;
            }
            return refusal(channel.provider(), body);
        } catch (InvalidInputException e) {
            return "refused: " + e.getMessage();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Feishu, DingTalk and WeCom answer 200 also when they refuse a message; their code says so. */
    public static String refusal(ChatProvider provider, String body) {
        if (provider == ChatProvider.SLACK) {
            return null;
        }
        try {
            JsonNode answer = JSON.readTree(body);
            JsonNode code = provider == ChatProvider.FEISHU
                    ? (answer.has("code") ? answer.get("code") : answer.get("StatusCode")) : answer.get("errcode");
            return code == null || code.asInt() == 0 ? null : "refused by " + provider.name().toLowerCase(Locale.ROOT)
                    + ": " + body;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String render(Delivery delivery, Locale locale) {
        return NoticeText.decode(delivery.messageKey(), delivery.messageArgs())
                .map(t -> t.render(messages, locale, t.key())).orElse(delivery.messageKey());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}]", " ");
        return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 499) + "…";
    }
}
