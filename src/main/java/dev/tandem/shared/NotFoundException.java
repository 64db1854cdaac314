package dev.tandem.shared;

/** Something does not exist, or the actor may not learn that it exists. Answered with 404. */
public class NotFoundException extends Refusal {

    public NotFoundException(Text text) {
        super(text);
    }
}
