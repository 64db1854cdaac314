package dev.tandem.workitem.internal;

/** Filters of the item list; null means "any". Text matches key, title and description. */
public record ItemQuery(String type, String status, String assignee, String label, String text, Boolean blocked,
                        int page, int size) {
}
