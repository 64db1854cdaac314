package dev.tandem.planning;

import dev.tandem.portfolio.ProjectRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The kick-off meeting record. {@code missingRoles} lists which of PM, EM and product manager no participant holds;
 * {@code recorded} is false until the record was first saved.
 */
public record KickoffView(boolean recorded, LocalDate heldOn, List<Participant> participants,
                          List<ProjectRole> missingRoles, boolean agreedValue, boolean agreedDifficulties,
                          boolean agreedMetrics, String decisions, List<ActionView> actions, long version,
                          String updatedBy, Instant updatedAt) {

    public record Participant(String username, String displayName, ProjectRole role) {
    }

    public record ActionView(long id, String title, String owner, String ownerName, LocalDate due, String item) {

        public boolean accepted() {
            return item != null;
        }
    }
}
