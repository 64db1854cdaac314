package dev.tandem.audit;

import dev.tandem.shared.Actor;
import dev.tandem.shared.AuditableEvent;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.audit.internal.AuditEntries;
import dev.tandem.audit.internal.AuditEntry;
import dev.tandem.audit.internal.HashChain;

/**
 * The tamper-evident audit trail. Entries are appended in the transaction of the change they record,
 * so a change never commits without its entry; the locked head row keeps the chain a single line.
 */
@Service
public class AuditTrail {

    private static final int PAGE_OF_VERIFICATION = 1000;
    private static final int MAX_PAGE_SIZE = 200;

    private final AuditEntries entries;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(AuditEntries entries, JdbcTemplate jdbc, Clock clock) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(AuditableEvent event) {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        var entry = new AuditEntry(seq, clock.instant().truncatedTo(ChronoUnit.MILLIS), clip(event.actor(), 64),
                clip(event.action(), 64), clip(event.targetType(), 40), clip(event.target(), 128),
                clip(event.summary(), 4000), clip(event.reason(), 1000), (String) head.get("last_hash"));
        entries.save(entry);
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, entry.hash());
    }

    @Transactional(readOnly = true)
    public Page<AuditRecord> search(Actor actor, String byActor, String targetType, String target, int page, int size) {
        requireOverseer(actor);
        if (size < 1 || size > MAX_PAGE_SIZE || page < 0) {
            throw new InvalidInputException("size", Text.of("problem.audit.pageSize", MAX_PAGE_SIZE));
        }
        return entries.search(blankToNull(byActor), blankToNull(targetType), blankToNull(target),
                PageRequest.of(page, size)).map(AuditEntry::record);
    }

    /** Re-computes every hash from the first entry on and names the first entry that does not hold. */
    @Transactional(readOnly = true)
    public ChainVerification verify(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException(Text.of("problem.audit.verifyAdminOnly"));
        }
        String expectedPrev = HashChain.GENESIS;
        long expectedSeq = 1;
        long count = 0;
        while (true) {
            var batch = entries.findBySeqBetweenOrderBySeq(expectedSeq, expectedSeq + PAGE_OF_VERIFICATION - 1);
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                if (e.seq() != expectedSeq) {
                    return new ChainVerification(false, count, expectedSeq, "entry " + expectedSeq + " is missing");
                }
                if (!e.prevHash().equals(expectedPrev)) {
                    return new ChainVerification(false, count, e.seq(), "entry " + e.seq() + " does not link to the entry before it");
                }
                if (!e.computeHash().equals(e.hash())) {
                    return new ChainVerification(false, count, e.seq(), "entry " + e.seq() + " was altered after it was written");
                }
                expectedPrev = e.hash();
                expectedSeq++;
                count++;
            }
        }
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        if (((Number) head.get("last_seq")).longValue() != count || !expectedPrev.equals(head.get("last_hash"))) {
            return new ChainVerification(false, count, count + 1, "entries after " + count + " were removed");
        }
        return new ChainVerification(true, count, null, null);
    }

    private static void requireOverseer(Actor actor) {
        if (!actor.oversees()) {
            throw new ForbiddenException(Text.of("problem.audit.readOverseersOnly"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
