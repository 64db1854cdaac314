package dev.tandem.bench;

import dev.tandem.schedule.engine.Schedule;
import dev.tandem.schedule.engine.WorkingCalendar;
import org.openjdk.jmh.infra.Blackhole;

/** What a caller of the engine does with a schedule: every activity's four dates, the critical path, the finish. */
final class ScheduleDates {

    private ScheduleDates() {
    }

    static void consume(Schedule schedule, WorkingCalendar calendar, Blackhole blackhole) {
        int activityCount = schedule.network().activityCount();
        for (int i = 0; i < activityCount; i++) {
            blackhole.consume(schedule.activity(i).dates(calendar));
        }
        blackhole.consume(schedule.criticalPath());
        blackhole.consume(schedule.finishDate(calendar));
    }
}
