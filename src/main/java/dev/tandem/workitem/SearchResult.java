package dev.tandem.workitem;

/**
 * One hit of the search across projects: a project, a work item or a person. {@code key} is the project key, the
 * item key or the username; {@code context} the key of the project an item belongs to, or of the project whose
 * items assigned to the person {@code url} lists.
 */
public record SearchResult(Kind kind, String key, String title, String context, String url) {

    public enum Kind { PROJECT, ITEM, PERSON }
}
