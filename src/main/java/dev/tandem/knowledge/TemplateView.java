package dev.tandem.knowledge;

/**
 * A template a new page can start from: a built-in one ({@code key} such as {@code adr}, {@code id} null, named by the
 * page's bundle) or one the space added ({@code key} {@code space-<id>}, with its own name).
 */
public record TemplateView(String key, Long id, String name, boolean builtIn) {
}
