package dev.tandem.workitem;

/**
 * Whether edits to a project's major technical items must go through a change request now. Implemented by the module
 * that runs change control; without one, such items edit like any other.
 */
public interface ChangeControl {

    boolean requiresChangeRequest(long projectId);
}
