package dev.tandem.search;

/**
 * What a hit is. {@code entity} is the name of the indexed entity of the module that owns the records: the one place
 * where search knows another module's mapping (SearchKindsIntegrationTests checks each one is indexed).
 */
public enum SearchKind {
    ITEM("WorkItem"),
    COMMENT("Comment"),
    PAGE("WikiPage"),
    ADR("Adr"),
    MINUTES("Meeting"),
    DECISION("Decision"),
    ACTION_ITEM("ActionItem");

    private final String entity;

    SearchKind(String entity) {
        this.entity = entity;
    }

    String entity() {
        return entity;
    }

    static SearchKind ofEntity(String name) {
        for (SearchKind kind : values()) {
            if (kind.entity.equals(name)) {
                return kind;
            }
        }
        throw new IllegalStateException("an indexed entity without a search kind: " + name);
    }
}
