package dev.tandem.meeting.transcript;

import java.time.Duration;
import java.util.Objects;

/**
 * One line of a transcript: a cue of WebVTT or SRT, a {@code Speaker: text} line, or a speech-to-text segment.
 *
 * @param index   1-based position in the transcript; proposals point back to lines by this number
 * @param start   offset from the start of the recording, or {@code null} when the format gives none
 * @param end     offset of the end, or {@code null}
 * @param speaker who spoke, or {@code null} when the format gives none
 * @param text    what was said, never blank
 */
public record TranscriptLine(int index, Duration start, Duration end, String speaker, String text) {

    public TranscriptLine {
        if (index < 1) {
            throw new IllegalArgumentException("index starts at 1");
        }
        Objects.requireNonNull(text, "text");
    }
}
