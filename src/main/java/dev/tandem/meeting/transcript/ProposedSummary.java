package dev.tandem.meeting.transcript;

import java.util.List;

/**
 * A short summary: a sentence or two in the transcript's language, the most frequent topics, and the lines it
 * draws on.
 */
public record ProposedSummary(String text, List<String> topics, List<Integer> lines) {

    public ProposedSummary {
        topics = List.copyOf(topics);
        lines = List.copyOf(lines);
    }
}
