package dev.tandem.livestream.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Live updates need only the recent past; older rows are history the audit trail keeps anyway. */
@Component
class LiveUpdateCleanup {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdateCleanup.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LiveUpdateCleanup(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @SchedulerLock(name = "live-events-cleanup")
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void forgetOldEvents() {
        Timestamp dayAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
        int removed = jdbc.update("delete from project_event where at < ?", dayAgo);
        jdbc.update("delete from stream_access_change where at < ?", dayAgo);
        if (removed > 0) {
            log.debug("Removed {} live-update rows older than a day", removed);
        }
    }
}
