package dev.tandem.quality.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * New and fixed findings against the previous report, fed one finding at a time so a large report never has to be
 * held whole. Findings with the same fingerprint in one report (the same message twice in a file) are told apart by
 * their order: the second becomes {@code fingerprint#2}, and so on, and match the previous report's in that order.
 */
public final class FindingDiff {

    private final Set<String> previous;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private int newCount;

    /** @param previous the fingerprints (as {@link #admit} returned them) of the previous report's open findings */
    public FindingDiff(Set<String> previous) {
        this.previous = previous;
    }

    /** A finding of the current report, by its base fingerprint: its fingerprint in this report and whether it is new. */
    public Admitted admit(String baseFingerprint) {
        int n = occurrences.merge(baseFingerprint, 1, Integer::sum);
        String fingerprint = n == 1 ? baseFingerprint : baseFingerprint + "#" + n;
        seen.add(fingerprint);
        boolean isNew = !previous.contains(fingerprint);
        if (isNew) {
            newCount++;
        }
        return new Admitted(fingerprint, isNew);
    }

    public record Admitted(String fingerprint, boolean isNew) {
    }

    public int newCount() {
        return newCount;
    }

    /** The previous report's findings the current one no longer has, once every finding was admitted. */
    public Set<String> fixed() {
        Set<String> fixed = new LinkedHashSet<>();
        for (String fingerprint : previous) {
            if (!seen.contains(fingerprint)) {
                fixed.add(fingerprint);
            }
        }
        return fixed;
    }
}
