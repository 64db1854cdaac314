package dev.tandem.shared;

/** The actor may see the thing but not do this to it. Answered with 403. */
public class ForbiddenException extends Refusal {

    public ForbiddenException(Text text) {
        super(text);
    }

    /** Transitional: the sentence as it stands, in English only. */
    @Deprecated(forRemoval = true)
    public ForbiddenException(String message) {
        super(Text.of(Text.VERBATIM, message));
    }
}
