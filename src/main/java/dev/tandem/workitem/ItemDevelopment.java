package dev.tandem.workitem;

import dev.tandem.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What development did for an item (its branches, pull requests, builds and the environments its changes reached),
 * for the item's page and the board's cards; answered by the module that reads the code host and CI (delivery), so
 * work items need not know it.
 */
public interface ItemDevelopment {

    /** The item's development, newest first in each list; all lists empty when nothing names the item. */
    Development developmentOf(Actor reader, String itemKey);

    /**
     * One mark per item of the project that has one: {@code pr-open}, {@code pr-merged} or {@code deployed} (its
     * change reached production), the furthest it got.
     */
    Map<String, String> marksOf(Actor reader, String projectKey);

    record Development(List<Link> branches, List<Link> pullRequests, List<Link> builds, List<Link> environments) {

        public boolean isEmpty() {
            return branches.isEmpty() && pullRequests.isEmpty() && builds.isEmpty() && environments.isEmpty();
        }
    }

    /** {@code state} a lower-case word such as {@code open}, {@code merged}, {@code success}; {@code href} may be null. */
    record Link(String title, String state, String href, String repository, Instant at) {
    }
}
