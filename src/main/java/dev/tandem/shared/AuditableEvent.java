package dev.tandem.shared;

/**
 * A domain event that belongs in the audit trail. Published inside the transaction of the change,
 * so the change and its audit entry commit together.
 */
public interface AuditableEvent {

    String actor();

    /** A past-tense verb phrase such as {@code item.updated}. */
    String action();

    /** The kind of thing changed, such as {@code WorkItem}. */
    String targetType();

    /** A human-readable identifier such as {@code PAY-7}. */
    String target();

    /** What changed, as "field: old → new" lines. */
    String summary();

    default String reason() {
        return null;
    }
}
