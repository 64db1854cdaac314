package dev.tandem.notification.internal;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;
import dev.tandem.notification.NotificationKind;
import dev.tandem.notification.NotificationPreferences;

/**
 * Writes a notification's e-mails and chat messages into the outbox, in the transaction of the event that causes it,
 * so they commit with it or not at all. Each row's idempotency key is the notification's id and its channel, so the
 * same notification is never queued twice for one mailbox or chat channel.
 */
@Component
public class NotificationOutbox {

    private final NotificationDeliveries deliveries;
    private final NotificationPreferences preferences;
    private final ChatChannels channels;
    private final IdentityManagement identity;
    private final PortfolioManagement portfolio;
    private final Mailer mailer;
    private final Clock clock;

    NotificationOutbox(NotificationDeliveries deliveries, NotificationPreferences preferences, ChatChannels channels,
                       IdentityManagement identity, PortfolioManagement portfolio, Mailer mailer, Clock clock) {
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.channels = channels;
        this.identity = identity;
        this.portfolio = portfolio;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * An e-mail to the person, if e-mail is on here, they have an address and want this kind by e-mail (or the project
     * does); held for their daily digest if they chose one.
     */
    public void toPerson(String notificationId, long personId, String projectKey, NotificationKind kind, NoticeText text,
                  String link) {
        if (!mailer.enabled() || !preferences.wants(personId, projectKey, kind, NotificationPreferences.EMAIL)) {
            return;
        }
        PersonSummary person = identity.byIds(List.of(personId)).get(personId);
        if (person == null || !person.active() || person.email() == null || person.email().isBlank()) {
            return;
        }
        Instant now = now();
        boolean digest = preferences.digestTime(personId).isPresent();
        deliveries.add(notificationId + ":email:" + personId, NotificationDeliveries.EMAIL, kind, personId, null,
                projectKey, text, link, now, preferences.quietHours(personId).release(now).truncatedTo(ChronoUnit.MILLIS),
                digest ? NotificationDeliveries.HELD : NotificationDeliveries.PENDING);
    }

    /** A message to each active chat channel of the project that wants this kind. */
    public void toProject(String notificationId, String projectKey, NotificationKind kind, NoticeText text, String link) {
        long projectId = portfolio.access(Actor.system(), projectKey, Permission.VIEW_PROJECT).id();
        Instant now = now();
        for (ChatChannel channel : channels.findByProjectIdOrderById(projectId)) {
            if (channel.wants(kind)) {
                deliveries.add(notificationId + ":chat:" + channel.id(), NotificationDeliveries.CHAT, kind, null,
                        channel.id(), projectKey, text, link, now, now);
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
