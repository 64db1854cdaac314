package dev.tandem.workitem;

/** A link between two items: {@code successor} follows {@code predecessor} by the type's rule and the lag. */
public record DependencyView(long id, String predecessor, String predecessorTitle, String successor,
                             String successorTitle, DependencyType type, int lagDays) {
}
