package dev.tandem.meeting.transcript;

import java.util.List;

/** A decision proposed for the minutes, with the 1-based indexes of the transcript lines it came from. */
public record ProposedDecision(String text, List<Integer> lines) {

    public ProposedDecision {
        lines = List.copyOf(lines);
    }
}
