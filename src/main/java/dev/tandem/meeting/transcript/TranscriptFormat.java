package dev.tandem.meeting.transcript;

/** The formats {@link TranscriptParser} reads, and where a transcript came from. */
public enum TranscriptFormat {
    WEBVTT,
    SRT,
    /** Lines of {@code Speaker: text} (or {@code 说话人：文本}), optionally after a {@code [hh:mm:ss]} time. */
    SPEAKER_LINES,
    /** Segments returned by a speech-to-text provider. */
    SPEECH_TO_TEXT
}
