package dev.tandem.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Decisions and action items that a module records for a project, gathered into the weekly sync's "Decisions and
 * action items" next to the review board's decisions (which come through {@link ReviewBoardSource}). Planning
 * supplies the kick-off's; a module that keeps meeting minutes adds its own by implementing this interface.
 */
public interface DecisionSource {

    /** Decisions taken from {@code from} to {@code to}, both inclusive, in the order they were taken. */
    List<Decision> decisions(long projectId, LocalDate from, LocalDate to);

    /**
     * Action items agreed from {@code from} to {@code to}, both inclusive; a source that follows its action items up
     * adds those agreed earlier that are still open.
     */
    List<ActionItem> actionItems(long projectId, LocalDate from, LocalDate to);

    /** {@code source} names where it was decided, such as "Kick-off". */
    record Decision(LocalDate on, String source, String text) {
    }

    /** {@code owner} is a display name; {@code item} the work item the action became, if any. */
    record ActionItem(LocalDate agreedOn, String source, String title, String owner, LocalDate due, String item) {
    }
}
