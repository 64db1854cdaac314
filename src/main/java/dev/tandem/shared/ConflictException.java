package dev.tandem.shared;

/** The request clashes with the current state (a duplicate, a cycle, a rule). Answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
