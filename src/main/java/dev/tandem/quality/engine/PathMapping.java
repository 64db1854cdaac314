package dev.tandem.quality.engine;

import dev.tandem.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps a file's path to a component by the project's patterns, one {@code glob = component} per line, the first that
 * matches winning. In a glob {@code **} matches any number of folders, {@code *} anything within one name and
 * {@code ?} one character. Paths are compared with forward slashes and without a {@code file://} prefix, so
 * {@code **}{@code /payment/**} matches a SARIF file's absolute path and a JaCoCo package path alike.
 */
public final class PathMapping {

    /** The component of a path no pattern matches. */
    public static final String UNMAPPED = "unmapped";
    public static final int MAX_RULES = 200;
    public static final int MAX_NAME = 128;

    private record Rule(Pattern glob, String component) {
    }

    /** Patterns that cannot be read; the message is the English wording of {@link #text()}. */
    public static final class Invalid extends IllegalArgumentException {

        private final transient Text text;

        Invalid(Text text) {
            super(text.english());
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }

    private final List<Rule> rules;

    private PathMapping(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * Reads the patterns; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws Invalid naming the first bad line
     */
    public static PathMapping parse(String text) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.lastIndexOf('=');
            String glob = eq < 0 ? "" : line.substring(0, eq).strip();
            String component = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (glob.isEmpty() || component.isEmpty()) {
                throw new Invalid(Text.of("problem.quality.mappingShape", i + 1));
            }
            if (component.length() > MAX_NAME) {
                throw new Invalid(Text.of("problem.quality.mappingNameTooLong", i + 1, MAX_NAME));
            }
            rules.add(new Rule(Pattern.compile(regex(glob)), component));
            if (rules.size() > MAX_RULES) {
                throw new Invalid(Text.of("problem.quality.mappingTooManyRules", MAX_RULES));
            }
        }
        return new PathMapping(List.copyOf(rules));
    }

    public String componentOf(String path) {
        String normal = normalise(path);
        for (Rule rule : rules) {
            if (rule.glob().matcher(normal).matches()) {
                return rule.component();
            }
        }
        return UNMAPPED;
    }

    /** Forward slashes, no {@code file://} scheme, no leading {@code ./}. */
    public static String normalise(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("file://")) {
            p = p.substring("file://".length());
        }
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    static String regex(String glob) {
        StringBuilder sb = new StringBuilder();
        String g = normalise(glob);
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                // "**/" also matches no folder at all, so **/a matches "a" as well as "x/y/a"
                sb.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            } else if (c == '*') {
                sb.append("[^/]*");
            } else if (c == '?') {
                sb.append("[^/]");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
