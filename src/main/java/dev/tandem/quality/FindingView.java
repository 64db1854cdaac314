package dev.tandem.quality;

/** A finding of a report: NEW or OPEN in it, or FIXED (in the previous report, gone from this one). */
public record FindingView(String state, String fingerprint, String rule, String severity, String component,
                          String file, Integer line, String message) {
}
