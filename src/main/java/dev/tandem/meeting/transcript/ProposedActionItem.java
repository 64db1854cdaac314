package dev.tandem.meeting.transcript;

import java.util.List;

/**
 * An action item proposed for the minutes.
 *
 * @param task  what is to be done, as said
 * @param owner who said they would do it or was asked to; {@code null} when nobody was named. An owner that is not
 *              {@link Owner#resolved() resolved} keeps the name as said, for the organiser to pick the person
 * @param due   the due date, or {@code null} when none was said
 * @param lines 1-based indexes of the transcript lines it came from
 */
public record ProposedActionItem(String task, Owner owner, DueDate due, List<Integer> lines) {

    public ProposedActionItem {
        lines = List.copyOf(lines);
    }

    /** True when a name was said but matched no participant, or several: the organiser must choose. */
    public boolean ownerNeedsAttention() {
        return owner != null && !owner.resolved();
    }
}
