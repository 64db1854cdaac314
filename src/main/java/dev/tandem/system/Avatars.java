package dev.tandem.system;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A person's avatar: their initials on one of {@link #COLOURS} colours, picked from their name so that a person
 * keeps their colour on every page. Templates reach it as {@code @avatars} (the fragment {@code parts :: avatar});
 * each colour class in tandem.css gives white initials at least AA contrast.
 */
@Component("avatars")
public class Avatars {

    public static final int COLOURS = 8;

    /** "Li Wei 李伟" reads best as LW, "Madonna" as MA, a name only in Chinese characters as its first two. */
    public static String initials(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        List<String> latin = Stream.of(name.strip().split("\\s+"))
                .filter(w -> Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.LATIN).toList();
        if (latin.isEmpty()) {
            return first(name.replaceAll("\\s+", ""), 2);
        }
        String initials = latin.size() == 1 ? first(latin.getFirst(), 2)
                : first(latin.getFirst(), 1) + first(latin.getLast(), 1);
        return initials.toUpperCase(Locale.ROOT);
    }

    /** The colour class of a name's avatar, {@code avatar-0} to {@code avatar-7}. */
    public static String colour(String name) {
        return "avatar-" + Math.floorMod(name == null ? 0 : name.strip().hashCode(), COLOURS);
    }

    private static String first(String word, int codePoints) {
        return word.substring(0, word.offsetByCodePoints(0, Math.min(codePoints, word.codePointCount(0, word.length()))));
    }
}
