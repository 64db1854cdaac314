package dev.tandem.interchange.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A project plan as MS Project files carry it, in days: tasks in outline order (a task's parent comes before it),
 * the links between them and the project calendar. Dates are calendar dates, finishes inclusive.
 */
public record Plan(String name, LocalDate start, Set<DayOfWeek> workingWeekdays, List<CalendarDay> calendarDays,
                   List<Task> tasks, List<Link> links, List<Resource> resources) {

    public enum Kind { SUMMARY, TASK, MILESTONE }

    /** How MS Project holds a task's dates; Tandem knows a start-no-earlier-than and a due date (finish no later than). */
    public enum Constraint {
        AS_SOON_AS_POSSIBLE, AS_LATE_AS_POSSIBLE, START_NO_EARLIER_THAN, START_NO_LATER_THAN, FINISH_NO_EARLIER_THAN,
        FINISH_NO_LATER_THAN, MUST_START_ON, MUST_FINISH_ON
    }

    /** {@code id} is the task's unique id in the file; {@code resources} the ids of the resources assigned to it. */
    public record Task(String id, String parentId, String name, String notes, Kind kind, LocalDate start,
                       LocalDate finish, int durationDays, Constraint constraint, LocalDate constraintDate,
                       LocalDate deadline, int percentComplete, List<String> resources) {
    }

    /** {@code type} is FS, SS, FF or SF; the lag is in working days. */
    public record Link(String predecessorId, String successorId, String type, int lagDays) {
    }

    /** A holiday ({@code working = false}) or a make-up working day. */
    public record CalendarDay(LocalDate day, boolean working, String name) {
    }

    public record Resource(String id, String name, String email) {
    }
}
