package dev.tandem.meeting.transcript;

/**
 * A transcript that cannot be read: unknown format, not UTF-8, too large or malformed. The message names the line
 * (1-based, in the uploaded file) and what was expected there, so a caller can answer 4xx with it as it is.
 */
public class TranscriptFormatException extends IllegalArgumentException {

    private final int lineNumber;
    private final String expected;

    public TranscriptFormatException(int lineNumber, String expected) {
        super(lineNumber > 0 ? "line " + lineNumber + ": expected " + expected : "expected " + expected);
        this.lineNumber = lineNumber;
        this.expected = expected;
    }

    /** 1-based line of the file, or 0 when the problem is the whole file (its size). */
    public int lineNumber() {
        return lineNumber;
    }

    public String expected() {
        return expected;
    }
}
