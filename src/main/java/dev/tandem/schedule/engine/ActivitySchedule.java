package dev.tandem.schedule.engine;

import java.time.LocalDate;

/**
 * One activity's scheduled dates in working-day indices: starts are the first day worked, finishes exclusive.
 *
 * @param totalFloat days the activity can slip without moving the project finish or breaking a finish-no-later-than;
 *                   negative only on activities that drive a violated finish-no-later-than
 * @param freeFloat  days it can slip without moving any successor's early start; never more than the total float
 */
public record ActivitySchedule(String id, boolean summary, int earlyStart, int earlyFinish, int lateStart,
        int lateFinish, int totalFloat, int freeFloat) {

    /** Critical activities have no float to spare. */
    public boolean critical() {
        return totalFloat <= 0;
    }

    /** Working days between early start and early finish; a summary spans its children. */
    public int duration() {
        return earlyFinish - earlyStart;
    }

    /** The same dates as calendar days, finishes inclusive. */
    public Dates dates(WorkingCalendar calendar) {
        return new Dates(calendar.startDate(earlyStart), calendar.finishDate(earlyStart, earlyFinish),
                calendar.startDate(lateStart), calendar.finishDate(lateStart, lateFinish));
    }

    /** Calendar dates of an activity: starts are the first day worked, finishes the last day worked. */
    public record Dates(LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish) {
    }
}
