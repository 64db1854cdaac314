package dev.tandem.planning;

/** An ADR's fields; {@code supersededBy} is the number of the ADR that replaces it, with status superseded. */
public record AdrFields(String title, String context, String decision, String consequences, String status,
                        Integer supersededBy) {
}
