package dev.tandem.planning;

/** The charter's texts, in Markdown. A null field keeps its value; an empty one clears it. */
public record CharterFields(String vision, String businessValue, String scopeIn, String scopeOut,
                            String architectureSummary) {
}
