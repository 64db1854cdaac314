package dev.tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.TandemIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several nodes share one database, and each schedules the weekly snapshot: while one node holds the job's lock the
 * others skip it, and once the lock is free the job runs again.
 */
@TandemIntegrationTest
class WeeklySnapshotLockIntegrationTests {

    private static final String JOB = "sync-report-weekly-snapshot";

    @Autowired
    Api api;
    @Autowired
    SyncReports reports;

    @Test
    void theWeeklySnapshotDoesNotRunWhileAnotherNodeHoldsItsLockAndRunsOnceItIsFree() {
        String token = api.newPerson("PMO").token();
        String project = api.newProject(token);
        api.newItem(token, project, "task", "The one task");
        long projectId = api.jdbc().queryForObject("select id from project where project_key = ?", Long.class, project);
        var jdbc = api.jdbc();
        jdbc.update("delete from shedlock where name = ?", JOB);
        // another node's lock, held for the next day (a day, so no difference of time zones can make it look expired)
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, 'other-node')", JOB,
                Timestamp.from(Instant.now().plus(Duration.ofDays(1))), Timestamp.from(Instant.now()));
        try {
            reports.snapshotWeek();
            assertThat(snapshots(projectId)).as("skipped while the other node holds the lock").isZero();
        } finally {
            // the other node is done: it sets the lock's end to its finish, as ShedLock does on release
            jdbc.update("update shedlock set lock_until = ? where name = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofDays(1))), JOB);
        }
        reports.snapshotWeek();
        assertThat(snapshots(projectId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, JOB))
                .as("this node took the lock").isNotEqualTo("other-node");
    }

    private int snapshots(long projectId) {
        return api.jdbc().queryForObject("select count(*) from critical_path_snapshot where project_id = ?",
                Integer.class, projectId);
    }
}
