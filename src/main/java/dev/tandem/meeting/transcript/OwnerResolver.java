package dev.tandem.meeting.transcript;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches names said in a meeting to participants: username, display name or alias (case and width insensitive),
 * or a given name derived from the display name ("Alice" for "Alice Chen", "芳芳" for "王芳芳").
 * A name that matches nobody, or several people, is returned unresolved with the reason, never guessed.
 */
public final class OwnerResolver {

    /** A participant's name found in a text. */
    public record Mention(int start, int end, String text) {
    }

    private final Map<String, Set<Participant>> exact = new HashMap<>();
    private final Map<String, Set<Participant>> derived = new HashMap<>();

    public OwnerResolver(List<Participant> participants) {
        for (Participant p : participants) {
            add(exact, p.username(), p);
            add(exact, p.displayName(), p);
            p.aliases().forEach(alias -> add(exact, alias, p));
            for (String name : names(p)) {
                String n = normalize(name);
                if (n.matches("\\p{IsLatin}+(?: \\p{IsLatin}+)+")) {
                    add(derived, n.substring(0, n.indexOf(' ')), p);
                } else if (n.matches("\\p{IsHan}{3}")) {
                    add(derived, n.substring(1), p);
                }
            }
        }
    }

    /** Resolves a name as said ("Alice", "@wangfang", "王芳"). */
    public Owner resolve(String mention) {
        String key = normalize(mention);
        // "Alice" may be alice's username and Alice Wong's given name: that is two people, not one
        Set<Participant> found = new LinkedHashSet<>(exact.getOrDefault(key, Set.of()));
        found.addAll(derived.getOrDefault(key, Set.of()));
        String said = mention.strip();
        return switch (found.size()) {
            case 0 -> new Owner(said, null, Owner.Status.UNKNOWN);
            case 1 -> new Owner(said, found.iterator().next().username(), Owner.Status.RESOLVED);
            default -> new Owner(said, null, Owner.Status.AMBIGUOUS);
        };
    }

    /** Known names in a text, longest first where they overlap, in order of position. */
    public List<Mention> mentionsIn(String text) {
        String haystack = normalizeKeepingLength(text);
        List<Mention> all = new ArrayList<>();
        for (String name : allKeys()) {
            if (name.length() < 2) {
                continue;
            }
            boolean latin = name.chars().anyMatch(c -> c < 0x3000);
            int from = 0;
            int at;
            while ((at = haystack.indexOf(name, from)) >= 0) {
                int end = at + name.length();
                if (!latin || boundary(haystack, at - 1) && boundary(haystack, end)) {
                    all.add(new Mention(at, end, text.substring(at, end)));
                }
                from = at + 1;
            }
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : all) {
            if (kept.isEmpty() || m.start() >= kept.getLast().end()) {
                kept.add(m);
            }
        }
        return kept;
    }

    private Set<String> allKeys() {
        Set<String> keys = new LinkedHashSet<>(exact.keySet());
        keys.addAll(derived.keySet());
        return keys;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '_';
    }

    private static List<String> names(Participant p) {
        List<String> names = new ArrayList<>(p.aliases());
        names.add(p.displayName());
        return names;
    }

    private static void add(Map<String, Set<Participant>> map, String name, Participant p) {
        String key = normalize(name);
        if (!key.isEmpty()) {
            map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p);
        }
    }

    static String normalize(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        while (n.startsWith("@")) {
            n = n.substring(1);
        }
        return n.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Lower-cased, full-width letters folded, one char for one char so positions still point into the original. */
    private static String normalizeKeepingLength(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || Character.isWhitespace(c)) {
                c = ' ';
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
