package dev.tandem.workitem;

import dev.tandem.shared.Actor;
import java.time.Instant;
import java.util.List;

/**
 * The quality-gate verdicts of reports whose commit message or branch names an item, for the item's page; answered
 * by the module that keeps quality reports, so work items need not know it.
 */
public interface ItemQualityGates {

    /** A bounded number of verdicts the reader may see, newest first. */
    List<GateVerdict> gatesOf(Actor reader, String itemKey);

    /** {@code kind}: FINDINGS or COVERAGE; {@code tool} names what made the report. */
    record GateVerdict(String kind, String tool, boolean passed, String commit, Instant at, String href) {
    }
}
