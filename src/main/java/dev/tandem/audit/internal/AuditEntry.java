package dev.tandem.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import dev.tandem.audit.AuditRecord;

@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private long seq;
    private Instant at;
    private String actor;
    private String action;
    private String targetType;
    private String target;
    private String summary;
    private String reason;
    private String prevHash;
    private String hash;
    /** 1: fields joined by U+001F, a missing summary or reason as empty (entries written before V18); 2: today's. */
    private int hashEncoding;

    protected AuditEntry() {
    }

    public AuditEntry(long seq, Instant at, String actor, String action, String targetType, String target, String summary,
               String reason, String prevHash) {
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.target = target;
        this.summary = summary;
        this.reason = reason;
        this.prevHash = prevHash;
        this.hashEncoding = 2;
        this.hash = computeHash();
    }

    /** An entry as written with the first encoding, for tests of entries from before it changed. */
    static AuditEntry legacy(long seq, Instant at, String actor, String action, String targetType, String target,
                             String summary, String reason, String prevHash, String hash) {
        var entry = new AuditEntry(seq, at, actor, action, targetType, target, summary, reason, prevHash);
        entry.hashEncoding = 1;
        entry.hash = hash;
        return entry;
    }

    /** The hash covers every field and the previous entry's hash, so changing any entry breaks the chain there. */
    public String computeHash() {
        if (hashEncoding == 1) {
            return HashChain.sha256(String.join("\u001f", Long.toString(seq), Long.toString(at.toEpochMilli()), actor,
                    action, targetType, target, summary == null ? "" : summary, reason == null ? "" : reason, prevHash));
        }
        return HashChain.sha256(HashChain.canonical("2", Long.toString(seq), Long.toString(at.toEpochMilli()), actor,
                action, targetType, target, summary, reason, prevHash));
    }

    public long seq() { return seq; }
    public String prevHash() { return prevHash; }
    public String hash() { return hash; }

    public AuditRecord record() {
        return new AuditRecord(seq, at, actor, action, targetType, target, summary, reason, hash);
    }
}
