package dev.tandem.register;

import dev.tandem.shared.Actor;
import java.time.Instant;
import java.util.List;

/**
 * The latest quality-gate verdicts of a project, for its scorecards; answered by the module that keeps quality
 * reports, so planning need not know it.
 */
public interface QualityGateSource {

    /** The newest findings and coverage verdicts the reader may see, newest first; empty when there are none. */
    List<GateVerdict> latestGates(Actor reader, String projectKey);

    /** {@code kind}: FINDINGS or COVERAGE. */
    record GateVerdict(String kind, boolean passed, String commit, Instant at, String href) {
    }
}
