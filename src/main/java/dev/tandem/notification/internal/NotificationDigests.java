package dev.tandem.notification.internal;

import dev.tandem.notification.NotificationPreferences;
import dev.tandem.notification.engine.DigestTime;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the daily digests: for each person with e-mails held for their digest, once their digest time of the day has
 * passed, one digest row in the outbox that gathers the e-mails written before that time, in one transaction. Its
 * idempotency key names the person and that digest time, so a second run (another node, a restart) makes none; the
 * sender then sends it as any other e-mail, under a lease with retries. A person who has turned the digest off since
 * gets their held e-mails one by one.
 */
@Component
public class NotificationDigests {

    private static final Logger log = LoggerFactory.getLogger(NotificationDigests.class);

    private final NotificationDeliveries deliveries;
    private final NotificationPreferences preferences;
    private final PlatformTransactionManager transactionManager;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationDigests(NotificationDeliveries deliveries, NotificationPreferences preferences,
                        PlatformTransactionManager transactionManager, Clock clock) {
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.transactionManager = transactionManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Digests made with a clock of their own (tests: the digest time without waiting for it). */
    public NotificationDigests at(Clock other) {
        return new NotificationDigests(deliveries, preferences, transactionManager, other);
    }

    @Scheduled(initialDelayString = "${tandem.notifications.digest-delay:PT1M}",
            fixedDelayString = "${tandem.notifications.digest-every:PT1M}")
    @SchedulerLock(name = "notification-digest")
    public void makeDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (Long personId : deliveries.peopleWithHeld()) {
            try {
                transactions.executeWithoutResult(s -> make(personId, now));
            } catch (RuntimeException e) {
                log.warn("The daily digest of person {} could not be made; the next run tries again", personId, e);
            }
        }
    }

    private void make(long personId, Instant now) {
        Optional<DigestTime> time = preferences.digestTime(personId);
        if (time.isEmpty()) {
            deliveries.release(personId, now);
            return;
        }
        Instant latest = time.get().latest(now);
        List<UUID> held = deliveries.held(personId, latest);
        if (held.isEmpty()) {
            return;
        }
        deliveries.addDigest("digest:" + personId + ":" + latest, personId, held, now,
                preferences.quietHours(personId).release(now).truncatedTo(ChronoUnit.MILLIS));
    }
}
