package dev.tandem.interchange;

import java.time.Instant;
import java.util.UUID;

/**
 * An import running, or run, in the background, of a file whose {@code source} is {@code ms-project}, {@code jira} or
 * {@code csv}: {@code state} is {@code queued}, {@code running}, {@code done} or
 * {@code failed}; {@code done} of {@code total} items written so far; once finished, {@code result} is the report
 * (of a refused import too: its errors name the rows), and a failed job's {@code reason} says why, in the reader's
 * language. A {@code dryRun} job writes nothing: its result is the report of what the import would do.
 */
public record ImportJobView(UUID id, String project, String source, boolean dryRun, String state, int done, int total,
                            String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt, String reason,
                            ImportReport result) {

    public boolean finished() {
        return state.equals("done") || state.equals("failed");
    }
}
