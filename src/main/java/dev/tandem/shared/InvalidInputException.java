package dev.tandem.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a domain rule, with a reason per field. Answered with 400. */
public class InvalidInputException extends Refusal {

    private final transient Map<String, Text> fieldErrors;

    /** {@code field} is the input's name as the API spells it; the reason reads after it ("must not be empty"). */
    public InvalidInputException(String field, Text reason) {
        super(Text.of("problem.field", field, reason));
        this.fieldErrors = Map.of(field, reason);
    }

    public InvalidInputException(Text text) {
        super(text);
        this.fieldErrors = Map.of();
    }

    /** A reason per row or field, such as the bad lines of an import, summed up by {@code text}. */
    protected InvalidInputException(Text text, Map<String, Text> fieldErrors) {
        super(text);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, Text> fieldErrors() {
        return fieldErrors;
    }
}
