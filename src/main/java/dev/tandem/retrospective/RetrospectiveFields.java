package dev.tandem.retrospective;

/** What a new retrospective needs; null limits take the defaults (5 dots each, at most 3 on one card or group). */
public record RetrospectiveFields(String title, String kind, String format, Integer votesPerPerson,
                                  Integer maxVotesPerTarget) {
}
