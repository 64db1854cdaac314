package dev.tandem.register;

import dev.tandem.shared.Actor;
import java.util.Collection;
import java.util.Map;

/**
 * What was measured of scored features beside their hand scores, answered by the module that reads the code host and
 * CI (delivery), so planning need not know it.
 */
public interface MeasuredSignals {

    /** Per item key (counting the item and its children), those with anything measured; the others are left out. */
    Map<String, Signals> signalsOf(Actor reader, String projectKey, Collection<String> itemKeys);

    record Signals(int mergedPullRequests, int builds, int failedBuilds, boolean inProduction) {
    }
}
