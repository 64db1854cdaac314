package dev.tandem.schedule.engine;

import static dev.tandem.schedule.engine.LinkType.FINISH_TO_FINISH;
import static dev.tandem.schedule.engine.LinkType.FINISH_TO_START;
import static dev.tandem.schedule.engine.LinkType.START_TO_FINISH;
import static dev.tandem.schedule.engine.LinkType.START_TO_START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * One small hand-computed network per scheduling rule. Expected values read (id, summary, ES, EF, LS, LF, TF, FF) in
 * working-day indices with exclusive finishes.
 */
class CriticalPathEngineTests {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Test
    void theDrivingChainFollowsTheBindingLinksBackToTheActivityThatSetsTheDate() {
        // C waits for B (the longer of A and B); B itself starts at its own start-no-earlier-than
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 2).activity("B", 3).activity("C", 1).startNoEarlierThan("B", 1)
                .link("A", "C", FINISH_TO_START, 0).link("B", "C", FINISH_TO_START, 0));

        assertThat(schedule.drivingChain("C")).containsExactly("B", "C");
        assertThat(schedule.drivingChain("A")).containsExactly("A");
    }

    @Test
    void finishToStartWithPositiveLagWaitsAfterThePredecessorFinishes() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 3).activity("B", 2)
                .link("A", "B", FINISH_TO_START, 2));

        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 0, 3, 0, 3, 0, 0));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 5, 7, 5, 7, 0, 0));
        assertThat(schedule.projectFinish()).isEqualTo(7);
        assertThat(schedule.criticalPath()).containsExactly("A", "B");
    }

    @Test
    void finishToStartWithNegativeLagOverlapsThePredecessorsLastDays() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 3).activity("B", 2)
                .link("A", "B", FINISH_TO_START, -1));

        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 0, 3, 0, 3, 0, 0));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 2, 4, 2, 4, 0, 0));
        assertThat(schedule.projectFinish()).isEqualTo(4);
    }

    @Test
    void startToStartWithPositiveLagStartsAfterThePredecessorStarts() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 4).activity("B", 2)
                .link("A", "B", START_TO_START, 1));

        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 0, 4, 0, 4, 0, 0));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 1, 3, 2, 4, 1, 1));
        assertThat(schedule.criticalPath()).containsExactly("A");
    }

    @Test
    void startToStartWithNegativeLagLetsTheSuccessorLeadThePredecessor() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("X", 2).activity("A", 3).activity("B", 2)
                .link("X", "A", FINISH_TO_START, 0)
                .link("A", "B", START_TO_START, -1));

        assertThat(schedule.activity("X")).isEqualTo(leaf("X", 0, 2, 0, 2, 0, 0));
        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 2, 5, 2, 5, 0, 0));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 1, 3, 3, 5, 2, 2));
    }

    @Test
    void finishToFinishWithPositiveLagFinishesAfterThePredecessorFinishes() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 5).activity("B", 4)
                .link("A", "B", FINISH_TO_FINISH, 1));

        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 0, 5, 0, 5, 0, 0));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 2, 6, 2, 6, 0, 0));
        assertThat(schedule.criticalPath()).containsExactly("A", "B");
    }

    @Test
    void finishToFinishWithNegativeLagMayFinishBeforeThePredecessor() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 5).activity("B", 2)
                .link("A", "B", FINISH_TO_FINISH, -2));

        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 0, 5, 0, 5, 0, 0));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 1, 3, 3, 5, 2, 2));
    }

    @Test
    void startToFinishWithPositiveLagFinishesAfterThePredecessorStarts() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 2).activity("B", 2)
                .link("A", "B", START_TO_FINISH, 3));

        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 0, 2, 0, 2, 0, 0));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 1, 3, 1, 3, 0, 0));
        assertThat(schedule.projectFinish()).isEqualTo(3);
    }

    @Test
    void startToFinishWithNegativeLagMayFinishBeforeThePredecessorStarts() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("X", 3).activity("A", 2).activity("B", 2)
                .link("X", "A", FINISH_TO_START, 0)
                .link("A", "B", START_TO_FINISH, -1));

        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 3, 5, 3, 5, 0, 0));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 0, 2, 3, 5, 3, 3));
    }

    @Test
    void freeFloatIsWhatAnActivityCanSlipWithoutMovingASuccessor() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 2).activity("B", 5).activity("C", 3).activity("D", 2)
                .link("A", "C", FINISH_TO_START, 0)
                .link("B", "C", FINISH_TO_START, 0)
                .link("A", "D", FINISH_TO_START, 0));

        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 0, 2, 3, 5, 3, 0));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 0, 5, 0, 5, 0, 0));
        assertThat(schedule.activity("C")).isEqualTo(leaf("C", 5, 8, 5, 8, 0, 0));
        assertThat(schedule.activity("D")).isEqualTo(leaf("D", 2, 4, 6, 8, 4, 4));
        assertThat(schedule.criticalPath()).containsExactly("B", "C");
        assertThat(schedule.nearCritical(3)).containsExactly("A");
    }

    @Test
    void milestoneTakesNoTimeAndFallsOnTheDayItsSuccessorsMayStart() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday(MONDAY);
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 3).milestone("M").activity("B", 2)
                .link("A", "M", FINISH_TO_START, 0)
                .link("M", "B", FINISH_TO_START, 0));

        assertThat(schedule.activity("M")).isEqualTo(leaf("M", 3, 3, 3, 3, 0, 0));
        assertThat(schedule.activity("A").dates(calendar).earlyFinish()).isEqualTo("2027-01-06");
        assertThat(schedule.activity("M").dates(calendar)).isEqualTo(new ActivitySchedule.Dates(
                LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 7)));
        assertThat(schedule.activity("B").dates(calendar).earlyFinish()).isEqualTo("2027-01-08");
        assertThat(schedule.criticalPath()).containsExactly("A", "M", "B");
    }

    @Test
    void projectFinishDateIsTheLastDayWorkedOrAClosingMilestonesDay() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday(MONDAY);
        ScheduleNetwork.Builder network = ScheduleNetwork.builder()
                .activity("A", 3).activity("B", 6)
                .link("A", "B", FINISH_TO_START, 0);

        assertThat(schedule(network).finishDate(calendar)).isEqualTo("2027-01-14");
        assertThat(schedule(network.milestone("Release").link("B", "Release", FINISH_TO_START, 0)).finishDate(calendar))
                .isEqualTo("2027-01-15");
        assertThat(schedule(ScheduleNetwork.builder()).finishDate(calendar)).isEqualTo(MONDAY);
    }

    @Test
    void calendarSkipsHolidaysAndWorksAMakeUpSaturday() {
        // Monday 1 and Tuesday 2 February worked, Wednesday to Friday off, Saturday 6 worked in exchange.
        WorkingCalendar calendar = WorkingCalendar.startingOn(LocalDate.of(2027, 2, 1))
                .holidays(List.of(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 5)))
                .makeUpWorkingDays(List.of(LocalDate.of(2027, 2, 6)))
                .build();
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 4).activity("B", 1)
                .link("A", "B", FINISH_TO_START, 0));

        assertThat(schedule.activity("A").dates(calendar)).isEqualTo(new ActivitySchedule.Dates(
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 8)));
        assertThat(schedule.activity("B").dates(calendar).earlyStart()).isEqualTo("2027-02-09");
        assertThat(calendar.dateOf(2)).isEqualTo("2027-02-06");
        assertThat(calendar.startIndexOf(LocalDate.of(2027, 2, 3))).isEqualTo(2);
        assertThat(calendar.finishIndexOf(LocalDate.of(2027, 2, 4))).isEqualTo(2);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 7))).isFalse();
        assertThat(calendar.dateOf(-1)).isEqualTo("2027-01-29");
    }

    @Test
    void personalLeaveIsANonWorkingDayInADerivedCalendar() {
        WorkingCalendar project = WorkingCalendar.mondayToFriday(MONDAY);
        WorkingCalendar onLeaveTuesday = project.withNonWorkingDays(List.of(LocalDate.of(2027, 1, 5)));

        assertThat(project.dateOf(1)).isEqualTo("2027-01-05");
        assertThat(onLeaveTuesday.dateOf(1)).isEqualTo("2027-01-06");
        assertThat(onLeaveTuesday.finishDate(0, 3)).isEqualTo("2027-01-07");
    }

    @Test
    void calendarWithoutWorkingDaysIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingCalendar.startingOn(MONDAY).workingWeekdays(List.<DayOfWeek>of()).build())
                .withMessageContaining("no working days");
    }

    @Test
    void startNoEarlierThanHoldsAnActivityBack() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 2).activity("B", 3)
                .link("A", "B", FINISH_TO_START, 0)
                .startNoEarlierThan("B", 5));

        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 0, 2, 3, 5, 3, 3));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 5, 8, 5, 8, 0, 0));
        assertThat(schedule.criticalPath()).containsExactly("B");
        assertThat(schedule.conflicts()).isEmpty();
    }

    @Test
    void violatedFinishNoLaterThanIsReportedWithTheChainThatCausesIt() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("A", 3).activity("B", 4).activity("C", 2).activity("D", 2)
                .link("A", "B", FINISH_TO_START, 0)
                .link("B", "C", FINISH_TO_START, 0)
                .finishNoLaterThan("C", 7));

        assertThat(schedule.conflicts()).containsExactly(new ConstraintConflict("C", 7, 9, List.of("A", "B", "C")));
        assertThat(schedule.conflicts().getFirst().daysLate()).isEqualTo(2);
        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 0, 3, -2, 1, -2, -2));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 3, 7, 1, 5, -2, -2));
        assertThat(schedule.activity("C")).isEqualTo(leaf("C", 7, 9, 5, 7, -2, -2));
        assertThat(schedule.activity("D")).isEqualTo(leaf("D", 0, 2, 7, 9, 7, 7));
    }

    @Test
    void summaryIsRolledUpFromItsChildren() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("Q", 0).activity("P", 0).activity("A", 2).activity("B", 3).activity("C", 4)
                .parent("P", "Q").parent("A", "P").parent("B", "P").parent("C", "Q")
                .link("A", "B", FINISH_TO_START, 0));

        assertThat(schedule.activity("P")).isEqualTo(summary("P", 0, 5, 0, 5, 0, 0));
        assertThat(schedule.activity("C")).isEqualTo(leaf("C", 0, 4, 1, 5, 1, 1));
        assertThat(schedule.activity("Q")).isEqualTo(summary("Q", 0, 5, 0, 5, 0, 0));
        assertThat(schedule.activity("P").duration()).isEqualTo(5);
        assertThat(schedule.criticalPath()).containsExactly("A", "B");
    }

    @Test
    void summaryConstraintsApplyToEveryChild() {
        Schedule schedule = schedule(ScheduleNetwork.builder()
                .activity("P", 0).activity("A", 2).activity("B", 3)
                .parent("A", "P").parent("B", "P")
                .startNoEarlierThan("P", 2).finishNoLaterThan("P", 4));

        assertThat(schedule.activity("A")).isEqualTo(leaf("A", 2, 4, 2, 4, 0, 0));
        assertThat(schedule.activity("B")).isEqualTo(leaf("B", 2, 5, 1, 4, -1, -1));
        assertThat(schedule.conflicts()).containsExactly(new ConstraintConflict("P", 4, 5, List.of("B")));
    }

    @Test
    void linkToASummaryIsRefused() {
        ScheduleNetwork.Builder network = ScheduleNetwork.builder()
                .activity("P", 0).activity("A", 2).activity("B", 1)
                .parent("A", "P")
                .link("P", "B", FINISH_TO_START, 0);

        assertThatIllegalArgumentException().isThrownBy(network::build).withMessageContaining("P → B touches a summary");
    }

    @Test
    void cycleIsRefusedAndNamed() {
        ScheduleNetwork.Builder network = ScheduleNetwork.builder()
                .activity("A", 1).activity("B", 1).activity("C", 1).activity("D", 1)
                .link("D", "A", FINISH_TO_START, 0)
                .link("A", "B", FINISH_TO_START, 0)
                .link("B", "C", START_TO_START, 0)
                .link("C", "A", FINISH_TO_FINISH, 0);

        assertThatIllegalArgumentException().isThrownBy(network::build)
                .withMessage("Dependencies form a cycle: A → B → C → A");
    }

    @Test
    void emptyNetworkGivesAnEmptySchedule() {
        Schedule schedule = schedule(ScheduleNetwork.builder());

        assertThat(schedule.projectFinish()).isZero();
        assertThat(schedule.activities()).isEmpty();
        assertThat(schedule.criticalPath()).isEmpty();
        assertThat(schedule.conflicts()).isEmpty();
    }

    @Test
    void reschedulingADurationMovesTheSuccessors() {
        Schedule before = schedule(ScheduleNetwork.builder()
                .activity("A", 3).activity("B", 2).activity("C", 1)
                .link("A", "B", FINISH_TO_START, 0));

        Schedule after = before.reschedule("A", 5);

        assertThat(after.activity("B")).isEqualTo(leaf("B", 5, 7, 5, 7, 0, 0));
        assertThat(after.activity("C")).isEqualTo(leaf("C", 0, 1, 6, 7, 6, 6));
        assertThat(before.activity("B")).isEqualTo(leaf("B", 3, 5, 3, 5, 0, 0));
    }

    @Test
    void reschedulingAFinishNoLaterThanReportsTheNewConflict() {
        Schedule before = schedule(ScheduleNetwork.builder()
                .activity("A", 3).activity("B", 2)
                .link("A", "B", FINISH_TO_START, 0));

        Schedule after = before.rescheduleFinishNoLaterThan("B", OptionalInt.of(4));

        assertThat(after.conflicts()).containsExactly(new ConstraintConflict("B", 4, 5, List.of("A", "B")));
        assertThat(after.activity("A").totalFloat()).isEqualTo(-1);
    }

    private static Schedule schedule(ScheduleNetwork.Builder network) {
        return CriticalPathEngine.schedule(network.build());
    }

    private static ActivitySchedule leaf(String id, int earlyStart, int earlyFinish, int lateStart, int lateFinish,
            int totalFloat, int freeFloat) {
        return new ActivitySchedule(id, false, earlyStart, earlyFinish, lateStart, lateFinish, totalFloat, freeFloat);
    }

    private static ActivitySchedule summary(String id, int earlyStart, int earlyFinish, int lateStart, int lateFinish,
            int totalFloat, int freeFloat) {
        return new ActivitySchedule(id, true, earlyStart, earlyFinish, lateStart, lateFinish, totalFloat, freeFloat);
    }
}
