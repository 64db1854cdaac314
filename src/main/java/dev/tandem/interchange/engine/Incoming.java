package dev.tandem.interchange.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import writes, whatever file it came from: items keyed by the source's own key (a task's unique id, a
 * Jira issue key), the links between them, sprints and calendar days, plus what the file held that could not be
 * mapped ({@code warnings}) and rows that are wrong ({@code errors}); an import with errors writes nothing.
 */
public record Incoming(String source, List<Item> items, List<Link> links, List<Sprint> sprints,
                       List<Plan.CalendarDay> calendarDays, Set<java.time.DayOfWeek> workingWeekdays,
                       List<String> unmatchedPeople, Map<String, String> statusMapping,
                       Map<String, String> typeMapping, Map<String, String> columnMapping, List<Problem> warnings,
                       List<Problem> errors) {

    /**
     * One item; {@code line} is where it stands in the file (1-based, the header row counted). {@code status} is a
     * status of the project's workflow or null to keep it; a null {@code assignee} leaves the item unassigned.
     * {@code statusMapping} and {@code typeMapping} say which status and type each of the file's became.
     */
    public record Item(String externalKey, int line, String type, String title, String description, String status,
                       String priority, String assignee, String parentKey, Set<String> labels, BigDecimal storyPoints,
                       LocalDate plannedStart, LocalDate plannedFinish, LocalDate dueDate, String sprint,
                       List<String> comments) {
    }

    public record Link(String predecessorKey, String successorKey, String type, int lagDays) {
    }

    public record Sprint(String name, LocalDate start, LocalDate end) {
    }

    /** {@code line} is 0 when the problem is not about one row. */
    public record Problem(int line, String message) {
    }
}
