package dev.tandem.interchange;

import java.util.List;
import java.util.Map;

/**
 * What an import did, or in a dry run would do: one row per item of the file with the item it became ({@code action}
 * is {@code create} or {@code update}; in a dry run a new item has no key yet), what could not be mapped, and the
 * rows in error by line. {@code unmatchedPeople} lists the names of the file that match no member of the project;
 * {@code statusMapping} and {@code typeMapping} show which status and type each of the file's became (Jira).
 */
public record ImportReport(String source, boolean dryRun, int created, int updated, int linksAdded,
                           int calendarDays, int sprintsCreated, int commentsAdded, List<Row> rows,
                           List<Problem> warnings, List<Problem> errors, List<String> unmatchedPeople,
                           Map<String, String> statusMapping, Map<String, String> typeMapping,
                           Map<String, String> columnMapping) {

    public record Row(int line, String externalKey, String itemKey, String action, String type, String title) {
    }

    /** {@code line} is 0 when the problem is not about one row. */
    public record Problem(int line, String message) {
    }
}
