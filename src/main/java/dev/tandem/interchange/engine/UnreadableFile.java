package dev.tandem.interchange.engine;

/** The file is not what it claims to be, or is cut short; the message says which, for the person who sent it. */
public class UnreadableFile extends RuntimeException {

    public UnreadableFile(String message) {
        super(message);
    }

    public UnreadableFile(String message, Throwable cause) {
        super(message, cause);
    }
}
