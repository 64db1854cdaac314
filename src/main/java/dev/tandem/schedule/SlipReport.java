package dev.tandem.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Why a milestone (or the project finish, {@code target} "*") moved between two points in time: from
 * {@code startDate} (the baseline's date, last week's forecast or the forecast at {@code from}) to {@code endDate}
 * (the forecast at {@code to}), {@code slipDays} working days, positive when later, split into causes that add up to
 * it exactly. {@code addedAt} is set for a milestone created after {@code from}; {@code removed} for one deleted since.
 * {@code changesOffPath} counts recorded changes that moved nothing, their items being off the driving path.
 */
public record SlipReport(String project, String target, String title, String fromLabel, Instant from, Instant to,
                         LocalDate startDate, LocalDate endDate, int slipDays, Instant addedAt, boolean removed,
                         List<Cause> causes, List<KindTotal> byKind, int changesOffPath, List<String> startPath,
                         List<String> endPath) {

    /**
     * One contribution. {@code kind}: start (the plan already differed from the reference when the window opens),
     * estimate, late, blocked, scope, change-request, calendar, people or progress. {@code owner} is the person who
     * made the change, or the assignee of late work, or who blocked it; {@code approvers} voted for the change request.
     * {@code from}/{@code to} hold the old and new value of a one-field change; {@code note} the reason of a block or
     * whether late work had not started. {@code drivingPath} is the chain of items that set the date after this step
     * (long chains keep their ends around "…"). {@code auditLink} opens the audit trail at the change.
     */
    public record Cause(int step, Instant at, String kind, String item, String itemTitle, boolean itemDeleted,
                        String owner, String ownerName, List<String> approvers, String changeRequest,
                        Long changeRequestId, String changeRequestTitle, Integer predictedDays, List<String> fields,
                        String from, String to, String note, int days, List<String> drivingPath, String auditLink) {
    }

    /** The causes of one kind added up, largest movement first. */
    public record KindTotal(String kind, int days, int causes) {
    }
}
