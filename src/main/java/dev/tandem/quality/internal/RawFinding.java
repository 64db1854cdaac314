package dev.tandem.quality.internal;

import dev.tandem.quality.engine.Severity;
import java.util.Map;

/** One result as a static-analysis report states it, before it is mapped to a component and fingerprinted. */
public record RawFinding(String tool, String ruleId, Severity severity, String path, Integer line, String message, String snippet,
                         Map<String, String> toolFingerprints) {
}
