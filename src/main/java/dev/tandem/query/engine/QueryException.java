package dev.tandem.query.engine;

import java.util.List;

/**
 * A query that cannot be run: where the mistake is and what it is, as a message key of the {@code query.error.*}
 * family with its arguments, so the reader reads it in their own language.
 */
public class QueryException extends RuntimeException {

    private final transient Position position;
    private final String messageKey;
    private final List<String> args;

    public QueryException(Position position, String messageKey, List<String> args) {
        super(messageKey + " " + args + " at " + position);
        this.position = position;
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public Position position() {
        return position;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
