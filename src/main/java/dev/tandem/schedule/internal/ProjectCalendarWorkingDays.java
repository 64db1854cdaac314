package dev.tandem.schedule.internal;

import dev.tandem.workitem.ProjectWorkingDays;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Answers sprints' question about working days from the project's calendar, the same one the schedule uses. */
@Component
class ProjectCalendarWorkingDays implements ProjectWorkingDays {

    private final Calendars calendars;

    ProjectCalendarWorkingDays(Calendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public Predicate<LocalDate> of(long projectId) {
        // the calendar's start only anchors its day numbering, which working-day checks do not use
        return calendars.workingCalendar(projectId, LocalDate.EPOCH)::isWorkingDay;
    }
}
