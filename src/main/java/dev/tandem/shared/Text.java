package dev.tandem.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence for a person, kept as a message key with its arguments so that each reader sees it in their own
 * language; the web layer renders it from the message bundles. An argument may itself be a {@code Text}.
 */
public record Text(String key, Object... args) {

    /** A sentence written by an engine in one language (a row problem of an import), shown as it is. */
    public static final String VERBATIM = "problem.verbatim";

    public Text {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    public static Text of(String key, Object... args) {
        return new Text(key, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** The English wording, for logs and for callers outside a request; the key itself if the bundle lacks it. */
    public String english() {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("messages", Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] english = Arrays.stream(args).map(a -> a instanceof Text t ? t.english() : a).toArray();
        return new MessageFormat(pattern, Locale.ENGLISH).format(english);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && key.equals(t.key) && Arrays.equals(args, t.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return english();
    }
}
