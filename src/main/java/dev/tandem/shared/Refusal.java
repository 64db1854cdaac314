package dev.tandem.shared;

/**
 * A request refused for a reason the person can act on. It carries the reason as a {@link Text} so that the
 * answer is rendered in the reader's language; the exception's own message is the English wording, for logs.
 */
public abstract class Refusal extends RuntimeException {

    private final transient Text text;

    protected Refusal(Text text) {
        super(text.english());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
