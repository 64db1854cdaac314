package dev.tandem.schedule;

import dev.tandem.support.TeamProject;
import dev.tandem.support.Api;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A project that started two weeks ago: Design (3 days) → Build (2 days) → Release (milestone). Expected dates are
 * counted in working days from today with the same Monday-to-Friday calendar, so the test holds on any day.
 */
@TandemIntegrationTest
class ForecastIntegrationTests {

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
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    Actor admin;
    String key;
    WorkingCalendar calendar;
    LocalDate start;
    int today;

    @BeforeEach
    void project() {
        start = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
        var team = TeamProject.open(identity, portfolio, "Forecast", start);
        admin = team.admin();
        key = team.key();
        items.create(admin, key, fields("task", "Design", 3));
        items.create(admin, key, fields("task", "Build", 2));
        items.create(admin, key, fields("milestone", "Release", null));
        items.addDependency(admin, key + "-2", key + "-1", "FS", 0);
        items.addDependency(admin, key + "-3", key + "-2", "FS", 0);
        calendar = WorkingCalendar.mondayToFriday(start);
        today = calendar.startIndexOf(LocalDate.now(clock));
    }

    private static ItemFields fields(String type, String title, Integer days) {
        return new ItemFields(type, title, null, null, null, null, null, null, null, null, null, null, null,
                days == null ? null : BigDecimal.valueOf(days), null, null, null, null, Set.of());
    }

    private ProjectForecast.Milestone release(ProjectForecast forecast) {
        return forecast.milestones().stream().filter(m -> m.key().equals(key + "-3")).findFirst().orElseThrow();
    }

    @Test
    void workThatHasNotStartedIsPushedToTodayAndTheMilestoneSlips() {
        var forecast = schedules.forecast(admin, key);
        var release = release(forecast);

        assertThat(release.plannedDate()).isEqualTo(calendar.dateOf(4));
        assertThat(release.forecastDate()).isEqualTo(calendar.dateOf(today + 4));
        assertThat(release.slipDays()).isEqualTo(today);
        assertThat(release.baselineDate()).isNull();
        assertThat(forecast.forecastFinish()).isEqualTo(calendar.dateOf(today + 4));
    }

    @Test
    void finishedWorkKeepsItsActualDatesAndOnlyTheRestIsPushed() {
        var design = items.get(admin, key + "-1");
        design = items.update(admin, design.key(), new ItemFields(null, null, null, "Done", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of()), design.version());
        items.recordActuals(admin, design.key(), calendar.dateOf(0), calendar.dateOf(2), design.version());

        var release = release(schedules.forecast(admin, key));
        assertThat(release.forecastDate()).isEqualTo(calendar.dateOf(today + 1));
        assertThat(release.slipDays()).isEqualTo(today - 3);
    }

    @Test
    void workUnderWayHasOnlyItsRemainingDaysLeft() {
        var design = items.get(admin, key + "-1");
        design = items.update(admin, design.key(), new ItemFields(null, null, null, "In progress", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, Set.of()), design.version());
        items.recordActuals(admin, design.key(), calendar.dateOf(today - 1), null, design.version());

        // one of Design's three days is behind it: two remain from today, then Build's two
        var release = release(schedules.forecast(admin, key));
        assertThat(release.forecastDate()).isEqualTo(calendar.dateOf(today + 3));
    }

    @Test
    void aBlockedItemKeepsTheDaysItHadLeftWhenItWasBlocked() {
        var design = items.get(admin, key + "-1");
        design = items.update(admin, design.key(), new ItemFields(null, null, null, "In progress", true, "Waiting for the PSP",
                null, null, null, null, null, null, null, null, null, null, null, null, Set.of()), design.version());
        items.recordActuals(admin, design.key(), calendar.dateOf(today - 2), null, design.version());
        // blocked since the day it started: none of its three days has been worked
        jdbc.update("update work_item set blocked_since = ? where item_key = ?",
                java.sql.Timestamp.from(calendar.dateOf(today - 2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()),
                design.key());

        var release = release(schedules.forecast(admin, key));
        assertThat(release.forecastDate()).as("three days of Design from today, then Build's two")
                .isEqualTo(calendar.dateOf(today + 4));
    }

    @Test
    void slipIsMeasuredAgainstTheLatestBaseline() {
        api.feasibilitySignedOff(key);
        schedules.captureBaseline(admin, key, "Kick-off");
        var release = release(schedules.forecast(admin, key));
        assertThat(release.baselineDate()).isEqualTo(calendar.dateOf(4));
        assertThat(release.slipDays()).isEqualTo(today);
        assertThat(schedules.forecast(admin, key).baseline()).isEqualTo("Kick-off");
    }

    @Test
    void workThatShouldHaveStartedOrFinishedByNowIsAtRisk() {
        // the plan ended on day 4, two weeks ago: nothing has started, so every task is past its late start
        assertThat(schedules.atRisk(admin, key)).containsExactly(key + "-1", key + "-2", key + "-3");

        var design = items.get(admin, key + "-1");
        design = items.update(admin, design.key(), new ItemFields(null, null, null, "Done", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of()), design.version());
        assertThat(schedules.atRisk(admin, key)).containsExactly(key + "-2", key + "-3");
    }
}
