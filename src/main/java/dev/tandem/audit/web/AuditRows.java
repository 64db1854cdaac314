package dev.tandem.audit.web;

import dev.tandem.audit.AuditRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows of the audit page: entries in a run by the same person, with the same action on the same kind of target
 * within a minute of each other, read as one row ("added the item to a sprint · 14 times") that opens to the entries.
 */
public record AuditRows(AuditRecord first, List<AuditRecord> entries) {

    private static final Duration RUN = Duration.ofMinutes(1);

    public boolean grouped() {
        return entries.size() > 1;
    }

    static List<AuditRows> of(List<AuditRecord> newestFirst) {
        List<AuditRows> rows = new ArrayList<>();
        List<AuditRecord> run = new ArrayList<>();
        for (AuditRecord entry : newestFirst) {
            if (!run.isEmpty() && !sameRun(run.getLast(), entry)) {
                rows.add(new AuditRows(run.getFirst(), List.copyOf(run)));
                run.clear();
            }
            run.add(entry);
        }
        if (!run.isEmpty()) {
            rows.add(new AuditRows(run.getFirst(), List.copyOf(run)));
        }
        return rows;
    }

    private static boolean sameRun(AuditRecord previous, AuditRecord next) {
        return previous.actor().equals(next.actor()) && previous.action().equals(next.action())
                && Objects.equals(previous.targetType(), next.targetType())
                && Duration.between(next.at(), previous.at()).abs().compareTo(RUN) <= 0;
    }
}
