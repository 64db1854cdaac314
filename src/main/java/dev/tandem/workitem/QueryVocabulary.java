package dev.tandem.workitem;

import java.util.List;

/** The status, sprint and label names used in the reader's projects, sorted; each list is bounded. */
public record QueryVocabulary(List<String> statuses, List<String> sprints, List<String> labels) {
}
