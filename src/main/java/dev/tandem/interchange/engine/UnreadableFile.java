package dev.tandem.interchange.engine;

import dev.tandem.shared.Text;

/**
 * The file is not what it claims to be, or is cut short; {@link #text()} says which, for the person who sent it, and
 * the message is its English wording.
 */
public class UnreadableFile extends RuntimeException {

    private final transient Text text;

    public UnreadableFile(Text text) {
        super(text.english());
        this.text = text;
    }

    public UnreadableFile(Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
