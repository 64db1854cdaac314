package dev.tandem.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The hash of an audit entry tells every field apart, and entries hashed before that still verify. */
class AuditEntryTests {

    private static final Instant AT = Instant.parse("2027-01-04T09:00:00Z");
    private static final String PREV = HashChain.GENESIS;

    private static AuditEntry entry(String actor, String action, String summary, String reason) {
        return new AuditEntry(7, AT, actor, action, "WorkItem", "PAY-1", summary, reason, PREV);
    }

    @Test
    void aMissingFieldAndAnEmptyOneHashDifferently() {
        assertThat(entry("li", "item.created", null, null).hash())
                .isNotEqualTo(entry("li", "item.created", "", null).hash())
                .isNotEqualTo(entry("li", "item.created", null, "").hash());
    }

    @Test
    void aSeparatorInsideAFieldCannotMoveTextIntoTheNextField() {
        assertThat(entry("li\u001fitem", "created", null, null).hash())
                .isNotEqualTo(entry("li", "item\u001fcreated", null, null).hash());
    }

    @Test
    void theSameFieldsAlwaysGiveTheSameHash() {
        assertThat(entry("li", "item.created", "title: Design", null).hash())
                .isEqualTo(entry("li", "item.created", "title: Design", null).hash())
                .hasSize(64);
    }

    @Test
    void anEntryWrittenWithTheFirstEncodingStillVerifies() {
        // the first encoding: fields joined by U+001F, a missing summary or reason written as empty
        String legacyHash = HashChain.sha256(String.join("\u001f", "7", Long.toString(AT.toEpochMilli()), "li",
                "item.created", "WorkItem", "PAY-1", "title: Design", "", PREV));

        AuditEntry legacy = AuditEntry.legacy(7, AT, "li", "item.created", "WorkItem", "PAY-1", "title: Design", null,
                PREV, legacyHash);

        assertThat(legacy.computeHash()).isEqualTo(legacyHash);
    }
}
