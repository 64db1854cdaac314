package dev.tandem.audit;

import java.time.Instant;

/** One entry of the audit trail as shown to people. */
public record AuditRecord(long seq, Instant at, String actor, String action, String targetType, String target,
                          String summary, String reason, String hash) {
}
