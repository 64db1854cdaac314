package dev.tandem.estimation.engine;

/** The text an item is embedded by: its title, then the start of its description. */
public final class ItemText {

    /** The models read at most a few hundred tokens; a longer text only costs time. */
    static final int MAX_CHARS = 1_000;

    private ItemText() {
    }

    public static String of(String title, String description) {
        String text = description == null || description.isBlank() ? title.strip() : title.strip() + "\n" + description.strip();
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
}
