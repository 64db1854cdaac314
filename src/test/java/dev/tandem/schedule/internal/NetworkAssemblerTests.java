package dev.tandem.schedule.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How an in-progress item's remaining duration is found, on a Monday-to-Friday calendar from Monday 2027-01-04. */
class NetworkAssemblerTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final WorkingCalendar CALENDAR = WorkingCalendar.mondayToFriday(START);
    // Wednesday 2027-01-06: two working days after the item started on Monday
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 6);

    @Test
    void anInProgressItemWithARemainingEstimateLastsItsHoursOverTheAssigneesDailyCapacity() {
        // 30 h left; alice gives 30 h a week = 6 h a day; 30 / 6 = 5 days
        var activity = NetworkAssembler.activity(inProgress(new BigDecimal("30")), false, CALENDAR,
                Map.of("alice", new BigDecimal("30")), TODAY, 1.0, 0);

        assertThat(activity.duration()).isEqualTo(5);
        assertThat(activity.source()).isEqualTo("remaining-estimate");
        assertThat(activity.startNoEarlierThan()).isEqualTo(CALENDAR.startIndexOf(TODAY));
    }

    @Test
    void aRemainingEstimateIsRoundedUpToWholeDays() {
        // 13 h left at 6 h a day = 2.17 days, so 3 days
        var activity = NetworkAssembler.activity(inProgress(new BigDecimal("13")), false, CALENDAR,
                Map.of("alice", new BigDecimal("30")), TODAY, 1.0, 0);

        assertThat(activity.duration()).isEqualTo(3);
    }

    @Test
    void withoutARemainingEstimateTheElapsedWorkingDaysComeOffTheEstimate() {
        // 10 days planned (80 h at 8 h a day), two working days elapsed: 8 left
        var activity = NetworkAssembler.activity(inProgress(null), false, CALENDAR, Map.of(), TODAY, 1.0, 0);

        assertThat(activity.duration()).isEqualTo(8);
        assertThat(activity.source()).isEqualTo("remaining");
    }

    private static ItemView inProgress(BigDecimal remainingHours) {
        Instant at = Instant.parse("2027-01-04T09:00:00Z");
        return new ItemView(1, "P-1", "P", "task", "Build", null, "In progress", StatusCategory.IN_PROGRESS, false,
                null, null, "medium", "alice", "Alice", "alice", null, Set.of(), null, new BigDecimal("80"), null, null,
                null, null, null, null, START, null, 1, at, at, false, remainingHours);
    }
}
