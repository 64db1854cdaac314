package dev.tandem.change;

import java.util.List;

/** A change request now waits for the votes of these reviewers. */
public record ChangeRequestSubmitted(long changeRequestId, String projectKey, String code, String title,
                                     String requestedBy, List<String> reviewers) {
}
