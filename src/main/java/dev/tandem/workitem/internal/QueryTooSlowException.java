package dev.tandem.workitem.internal;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;

/** A query ran past its time limit and was cancelled; the reader should narrow it. Answered with 400. */
public class QueryTooSlowException extends InvalidInputException {

    public QueryTooSlowException(int limitMillis) {
        super("q", Text.of("problem.workitem.queryTooSlow", Integer.toString(limitMillis)));
    }
}
