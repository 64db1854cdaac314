package dev.tandem.workitem.internal;

import dev.tandem.shared.InvalidInputException;

/** A query ran past its time limit and was cancelled; the reader should narrow it. Answered with 400. */
public class QueryTooSlowException extends InvalidInputException {

    public QueryTooSlowException(int limitMillis) {
        super("q", "ran longer than " + limitMillis + " ms and was stopped; narrow it with more conditions");
    }
}
