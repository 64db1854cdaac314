package dev.tandem.meeting.transcript;

/** A transcription that did not happen, and why. Never carries an API key. */
public class SpeechToTextException extends Exception {

    public enum Reason {
        TIMEOUT,
        /** Connection refused, DNS or TLS failure, or a command that cannot be started. */
        UNREACHABLE,
        /** A non-2xx answer from the endpoint. */
        HTTP_ERROR,
        /** A command that exited with an error. */
        COMMAND_FAILED,
        /** An answer or output file that could not be read. */
        INVALID_OUTPUT
    }

    private final Reason reason;

    public SpeechToTextException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
