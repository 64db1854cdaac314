package dev.tandem.schedule;

import dev.tandem.support.TeamProject;
import dev.tandem.support.Api;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A three-task chain starting Monday 4 January 2027, with a parallel one-day task; dates worked out by hand. */
@TandemIntegrationTest
class ScheduleIntegrationTests {

    @Autowired
    Api api;
    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    ScheduleManagement schedules;

    Actor admin;
    String key;

    @BeforeEach
    void chain() {
        var team = TeamProject.open(identity, portfolio, "Schedule");
        admin = team.admin();
        key = team.key();
        task("Design", 3);
        task("Build", 2);
        task("Test", 4);
        task("Docs", 1);
        items.addDependency(admin, key + "-2", key + "-1", "FS", 0);
        items.addDependency(admin, key + "-3", key + "-2", "FS", 0);
    }

    private void task(String title, int days) {
        items.create(admin, key, fields("task", title, days));
    }

    private static ItemFields fields(String type, String title, Integer days) {
        return new ItemFields(type, title, null, null, null, null, null, null, null, null, null, null, null,
                days == null ? null : BigDecimal.valueOf(days), null, null, null, null, Set.of());
    }

    private Map<String, ScheduledItem> byKey(ProjectSchedule schedule) {
        return schedule.items().stream().collect(Collectors.toMap(ScheduledItem::key, Function.identity()));
    }

    @Test
    void theChainSetsTheFinishAndIsTheCriticalPath() {
        ProjectSchedule schedule = schedules.schedule(admin, key);
        var rows = byKey(schedule);

        assertThat(schedule.finish()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(schedule.criticalPath()).containsExactly(key + "-1", key + "-2", key + "-3");
        assertThat(rows.get(key + "-1").start()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(rows.get(key + "-1").finish()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(rows.get(key + "-2").start()).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(rows.get(key + "-2").finish()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(rows.get(key + "-3").start()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(rows.get(key + "-3").finish()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(rows.get(key + "-3").durationSource()).isEqualTo("estimate-days");
    }

    @Test
    void aParallelTaskFloatsUntilTheProjectFinish() {
        var docs = byKey(schedules.schedule(admin, key)).get(key + "-4");
        assertThat(docs.critical()).isFalse();
        assertThat(docs.totalFloatDays()).isEqualTo(8);
        assertThat(docs.freeFloatDays()).isEqualTo(8);
        assertThat(docs.lateStart()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(docs.lateFinish()).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void aHolidayPushesTheChainAndAMakeUpSaturdayPullsItBack() {
        var calendar = schedules.setException(admin, key, LocalDate.of(2027, 1, 7), false, "Holiday");
        assertThat(schedules.schedule(admin, key).finish()).isEqualTo(LocalDate.of(2027, 1, 15));

        schedules.setException(admin, key, LocalDate.of(2027, 1, 9), true, "调休");
        var schedule = schedules.schedule(admin, key);
        assertThat(byKey(schedule).get(key + "-2").finish()).isEqualTo(LocalDate.of(2027, 1, 9));
        assertThat(schedule.finish()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(calendar.exceptions()).hasSize(1);
    }

    @Test
    void theAssigneesLeaveLengthensTheirItemAndPushesItsSuccessors() {
        String username = "leave-" + key.toLowerCase();
        identity.create(admin, new dev.tandem.identity.PersonDraft(username, "On leave", username + "@example.com", null,
                null, null, null, null, java.util.List.of()));
        portfolio.addMember(admin, key, username, dev.tandem.portfolio.ProjectRole.ENGINEER);
        var build = items.get(admin, key + "-2");
        items.update(admin, build.key(), new ItemFields(null, null, null, null, null, null, null, username, null, null,
                null, null, null, null, null, null, null, null, Set.of()), build.version());
        identity.addLeave(admin, username, LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 8));

        var rows = byKey(schedules.schedule(admin, key));
        assertThat(rows.get(key + "-2").leaveDays()).isEqualTo(1);
        assertThat(rows.get(key + "-2").finish()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(rows.get(key + "-3").finish()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(rows.get(key + "-1").leaveDays()).isZero();
    }

    @Test
    void aCalendarWithoutWorkingDaysIsRefused() {
        assertThatThrownBy(() -> schedules.setWorkingWeekdays(admin, key, Set.of(), 0L))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one working weekday");
        var sixDays = schedules.setWorkingWeekdays(admin, key, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), 0L);
        assertThat(sixDays.version()).isEqualTo(1);
        assertThat(schedules.schedule(admin, key).finish()).isEqualTo(LocalDate.of(2027, 1, 13));
    }

    @Test
    void aMilestoneFallsOnTheLastDayOfTheWorkBeforeIt() {
        items.create(admin, key, fields("milestone", "Release", null));
        items.addDependency(admin, key + "-5", key + "-3", "FS", 0);
        var release = byKey(schedules.schedule(admin, key)).get(key + "-5");
        assertThat(release.start()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(release.finish()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(release.critical()).isTrue();
    }

    @Test
    void aSummaryRollsUpItsChildrenAndTheirProgress() {
        items.create(admin, key, fields("epic", "Release 1", null));
        for (int n = 1; n <= 3; n++) {
            var child = items.get(admin, key + "-" + n);
            items.update(admin, child.key(), new ItemFields(null, null, null, n == 1 ? "Done" : null, null, null, null,
                    null, key + "-5", null, null, null, null, null, null, null, null, null, Set.of()), child.version());
        }
        var epic = byKey(schedules.schedule(admin, key)).get(key + "-5");
        assertThat(epic.summary()).isTrue();
        assertThat(epic.start()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(epic.finish()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(epic.progress()).isEqualTo(0.333);
    }

    @Test
    void aDueDateTheChainCannotMeetIsReportedWithItsCause() {
        var test = items.get(admin, key + "-3");
        items.update(admin, test.key(), new ItemFields(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, LocalDate.of(2027, 1, 12), Set.of()), test.version());
        var conflicts = schedules.schedule(admin, key).conflicts();
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.item()).isEqualTo(key + "-3");
            assertThat(c.daysLate()).isEqualTo(2);
            assertThat(c.drivingChain()).containsExactly(key + "-1", key + "-2", key + "-3");
        });
    }

    @Test
    void aBaselineKeepsThePlanAndShowsTheSlipAfterAnEstimateGrows() {
        api.feasibilitySignedOff(key);
        var baseline = schedules.captureBaseline(admin, key, "Kick-off");
        assertThat(baseline.items()).isEqualTo(4);
        assertThat(baseline.finish()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThatThrownBy(() -> schedules.captureBaseline(admin, key, "Second"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("change request");

        var build = items.get(admin, key + "-2");
        items.update(admin, build.key(), fields(null, null, 4), build.version());
        var comparison = schedules.compare(admin, key, baseline.id());

        assertThat(comparison.currentFinish()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(comparison.finishVarianceDays()).isEqualTo(2);
        var test = comparison.items().stream().filter(v -> v.key().equals(key + "-3")).findFirst().orElseThrow();
        assertThat(test.baselineFinish()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(test.finishVarianceDays()).isEqualTo(2);
        assertThat(schedules.baselines(admin, key)).extracting(BaselineSummary::name).containsExactly("Kick-off");
        assertThatThrownBy(() -> schedules.captureBaselineForApprovedChange(admin, key, "kick-off"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already has a baseline named");
        schedules.captureBaselineForApprovedChange(admin, key, "CR-1 Build takes longer");
        assertThat(schedules.baselines(admin, key)).extracting(BaselineSummary::name)
                .containsExactly("CR-1 Build takes longer", "Kick-off");
    }

    @Test
    void anEmptyProjectHasAnEmptyScheduleNotAnError() {
        String empty = key + "E";
        portfolio.createProject(admin, empty.length() > 10 ? empty.substring(0, 10) : empty, "Empty", null, null,
                LocalDate.of(2027, 1, 4));
        var schedule = schedules.schedule(admin, empty.length() > 10 ? empty.substring(0, 10) : empty);
        assertThat(schedule.items()).isEmpty();
        assertThat(schedule.finish()).isNull();
        assertThat(schedule.criticalPath()).isEmpty();
    }
}
