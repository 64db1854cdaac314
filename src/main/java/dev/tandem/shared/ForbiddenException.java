package dev.tandem.shared;

/** The actor may see the thing but not do this to it. Answered with 403. */
public class ForbiddenException extends Refusal {

    public ForbiddenException(Text text) {
        super(text);
    }
}
