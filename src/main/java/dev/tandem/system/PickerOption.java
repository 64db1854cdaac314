package dev.tandem.system;

/**
 * One choice a picker offers (static/js/picker.js): the value the form sends, the words it shows, and for a person
 * the initials and colour class of their avatar.
 */
public record PickerOption(String value, String label, String initials, String colour) {

    /** How many choices a lookup answers with at most; typing narrows them. */
    public static final int LIMIT = 20;

    public static PickerOption person(String username, String displayName) {
        return new PickerOption(username, displayName, Avatars.initials(displayName), Avatars.colour(displayName));
    }

    public static PickerOption item(String key, String title) {
        return new PickerOption(key, title, null, null);
    }

    /** Whether a person matches what was typed: part of the username or of the display name, in any case. */
    public static boolean matches(String query, String... texts) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        for (String text : texts) {
            if (text != null && text.toLowerCase(java.util.Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }
}
