package dev.tandem.shared;

import java.util.Map;

/** Input that breaks a domain rule, with a message per field. Answered with 400. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        super(field + " " + message);
        this.fieldErrors = Map.of(field, message);
    }

    public InvalidInputException(String message) {
        super(message);
        this.fieldErrors = Map.of();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
