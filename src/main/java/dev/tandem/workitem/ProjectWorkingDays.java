package dev.tandem.workitem;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Which days are working days in a project's calendar (its working weekdays, holidays and make-up days), for sprint
 * capacity, burndown and the stand-up. The calendar belongs to the schedule module, which answers; this module only
 * asks, so it does not depend on the schedule.
 */
public interface ProjectWorkingDays {

    Predicate<LocalDate> of(long projectId);
}
