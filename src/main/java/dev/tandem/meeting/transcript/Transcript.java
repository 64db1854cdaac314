package dev.tandem.meeting.transcript;

import java.util.List;

/** A parsed transcript: its lines in order, numbered from 1. */
public record Transcript(TranscriptFormat format, List<TranscriptLine> lines) {

    public Transcript {
        lines = List.copyOf(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).index() != i + 1) {
                throw new IllegalArgumentException("lines are numbered 1, 2, 3… in order");
            }
        }
    }

    /** The line with this 1-based index. */
    public TranscriptLine line(int index) {
        return lines.get(index - 1);
    }
}
