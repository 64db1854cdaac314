package dev.tandem.system;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listeners the events whose listener after commit did not finish: it failed, or the process
 * ended first. Soon after start and then every few minutes, on one node at a time; an event younger than a minute may
 * still be in its listener's hands on another node, so it waits for the next round (ADR 0011).
 */
@Component
class EventRetry {

    private static final Logger log = LoggerFactory.getLogger(EventRetry.class);
    static final Duration SETTLED = Duration.ofMinutes(1);

    private final IncompleteEventPublications incomplete;

    EventRetry(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @SchedulerLock(name = "event-retry")
    @Scheduled(initialDelayString = "${tandem.events.retry-delay:PT30S}",
            fixedDelayString = "${tandem.events.retry-every:PT5M}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(SETTLED);
        } catch (RuntimeException e) {
            log.warn("Could not resubmit unfinished events: {}", e.getMessage());
        }
    }
}
