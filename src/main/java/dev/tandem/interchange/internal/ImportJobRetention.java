package dev.tandem.interchange.internal;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes finished import jobs once they are older than the retention ({@code TANDEM_IMPORT_JOB_RETENTION}), counted
 * from their end; unfinished jobs stay whatever their age, the check of heartbeats ends those no node runs.
 */
@Component
public class ImportJobRetention {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRetention.class);

    private final ImportJobRows rows;
    private final Clock clock;
    private final Duration retention;

    ImportJobRetention(ImportJobRows rows, Clock clock,
                       @Value("${tandem.interchange.job-retention:30d}") Duration retention) {
        this.rows = rows;
        this.clock = clock;
        this.retention = retention;
    }

    /** One node at a time deletes (the others skip the run). */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT6H")
    @SchedulerLock(name = "import-job-retention")
    public void deleteFinished() {
        int deleted = rows.deleteFinishedBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("{} import jobs that finished over {} ago were deleted", deleted, retention);
        }
    }
}
