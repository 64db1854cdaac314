package dev.tandem.knowledge.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The built-in page templates, each written in English and in simplified Chinese (resources
 * {@code wiki-templates/<key>.en.md} and {@code .zh.md}); a reader gets the one in their language.
 */
public final class Templates {

    /** The built-in templates' keys, in the order the chooser shows them. */
    public static final List<String> BUILT_IN = List.of("adr", "design", "postmortem", "minutes", "runbook", "kickoff");

    private Templates() {
    }

    /** Chinese for a reader whose language is Chinese, English for everyone else. */
    public static String language(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage()) ? "zh" : "en";
    }

    public static boolean isBuiltIn(String key) {
        return BUILT_IN.contains(key);
    }

    /** The template's text in the reader's language; unknown keys are refused. */
    public static String body(String key, Locale locale) {
        if (!isBuiltIn(key)) {
            throw new IllegalArgumentException("no built-in template " + key);
        }
        String path = "/wiki-templates/" + key + "." + language(locale) + ".md";
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
