package dev.tandem.reporting;

import dev.tandem.support.TeamProject;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.change.ChangeManagement;
import dev.tandem.change.ProposedChange;
import dev.tandem.change.VoteDecision;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.planning.KickoffFields;
import dev.tandem.planning.KickoffManagement;
import dev.tandem.register.RiskFields;
import dev.tandem.register.RiskManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.reporting.internal.CriticalPathSnapshots;
import dev.tandem.reporting.internal.SyncReportMarkdown;
import dev.tandem.schedule.ProjectForecast;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@TandemIntegrationTest
class SyncReportIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    SyncReports reports;
    @Autowired
    CriticalPathSnapshots snapshots;
    @Autowired
    SyncReportMarkdown markdown;
    @Autowired
    Clock clock;
    @Autowired
    RiskManagement risks;
    @Autowired
    ScheduleManagement schedules;
    @Autowired
    ChangeManagement changes;
    @Autowired
    KickoffManagement kickoffs;

    Actor admin;
    String key;
    LocalDate today;
    String thisWeek;

    @BeforeEach
    void project() {
        today = LocalDate.now(clock);
        thisWeek = SyncReports.isoWeek(today);
        LocalDate start = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
        var team = TeamProject.open(identity, portfolio, "Sync", start);
        admin = team.admin();
        key = team.key();
    }

    private ItemFields fields(String type, String title) {
        return new ItemFields(type, title, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, Set.of());
    }

    private ItemFields with(String status, Boolean blocked, String reason, String assignee, BigDecimal hours,
                            BigDecimal days, LocalDate due) {
        return new ItemFields(null, null, null, status, blocked, reason, null, assignee, null, null, null, hours, null,
                days, null, null, null, due, Set.of());
    }

    @Test
    void theAgendaListsWhatGotDoneWhatIsBlockedAndWhatIsLate() {
        var design = items.create(admin, key, fields("task", "Design"));
        design = items.update(admin, design.key(), with("Done", null, null, null, null, null, null), design.version());
        var build = items.create(admin, key, fields("task", "Build"));
        items.update(admin, build.key(), with(null, true, "Waiting for the PSP sandbox", null, null, null, null),
                build.version());
        var old = items.create(admin, key, fields("task", "Old promise"));
        items.update(admin, old.key(), with(null, null, null, null, null, null, today.minusDays(8)), old.version());
        var dropped = items.create(admin, key, fields("task", "Dropped"));
        items.update(admin, dropped.key(), with(null, null, null, null, null, BigDecimal.valueOf(3), null),
                dropped.version());
        items.delete(admin, dropped.key(), dropped.version() + 1);

        var report = reports.report(admin, key, thisWeek);

        assertThat(report.week()).isEqualTo(thisWeek);
        assertThat(report.completed()).extracting(SyncReport.ItemLine::key).containsExactly(design.key());
        assertThat(report.newBlockers()).singleElement().satisfies(b -> {
            assertThat(b.key()).isEqualTo(build.key());
            assertThat(b.reason()).isEqualTo("Waiting for the PSP sandbox");
            assertThat(b.ageDays()).isZero();
        });
        assertThat(report.openBlockers()).isEmpty();
        assertThat(report.overdue()).extracting(SyncReport.ItemLine::key).containsExactly(old.key());
        assertThat(report.scopeAdded().items()).isEqualTo(3);
        assertThat(report.scopeRemoved().keys()).containsExactly(dropped.key());
        assertThat(report.scopeRemoved().mostLikelyDays()).isEqualByComparingTo("3");
    }

    @Test
    void someoneBookedBeyondTheirHoursShowsUpInTheWeekTheWorkFalls() {
        String username = "pat-" + key.toLowerCase();
        identity.create(admin, new PersonDraft(username, "Pat " + key, username + "@example.com", null, null,
                BigDecimal.TEN, null, null, List.of()));
        portfolio.addMember(admin, key, username, ProjectRole.ENGINEER);
        var heavy = items.create(admin, key, fields("task", "Heavy lifting"));
        items.update(admin, heavy.key(), with(null, null, null, username, BigDecimal.valueOf(200), BigDecimal.TEN, null),
                heavy.version());

        // ten working days from today at the latest cover all of next week: 20 h a day against 10 h a week
        var nextWeek = reports.report(admin, key, SyncReports.isoWeek(today.plusWeeks(1)));
        assertThat(nextWeek.overCapacity()).singleElement().satisfies(load -> {
            assertThat(load.username()).isEqualTo(username);
            assertThat(load.availableHours()).isEqualByComparingTo("10");
            assertThat(load.plannedHours()).isEqualByComparingTo("100");
            assertThat(load.items()).containsExactly(heavy.key());
        });
    }

    @Test
    void theCriticalPathIsComparedWithTheWeekBefore() {
        var a = items.create(admin, key, fields("task", "A"));
        var b = items.create(admin, key, fields("task", "B"));
        items.addDependency(admin, b.key(), a.key(), "FS", 0);
        var first = reports.report(admin, key, thisWeek);
        assertThat(first.criticalPath().previousKnown()).isFalse();

        long projectId = portfolio.project(admin, key).id();
        snapshots.record(projectId, SyncReports.isoWeek(today.minusWeeks(1)), List.of(a.key(), key + "-99"),
                clock.instant());
        var change = reports.report(admin, key, thisWeek).criticalPath();
        assertThat(change.previousKnown()).isTrue();
        assertThat(change.current()).containsExactly(a.key(), b.key());
        assertThat(change.joined()).containsExactly(b.key());
        assertThat(change.left()).containsExactly(key + "-99");
    }

    @Test
    void risksAboveTheProjectThresholdJoinTheAgenda() {
        risks.create(admin, key, new RiskFields("Acquirer certification slips", "external", 4, 4, null, null, null, null,
                null, Set.of()));
        risks.create(admin, key, new RiskFields("Minor UI churn", "technical", 1, 2, null, null, null, null, null,
                Set.of()));
        var report = reports.report(admin, key, thisWeek);
        assertThat(report.risks()).singleElement().satisfies(r -> {
            assertThat(r.title()).endsWith("Acquirer certification slips");
            assertThat(r.score()).isEqualTo(16);
        });
        assertThat(markdown.render(report, Locale.ENGLISH)).contains("## Risks above the threshold")
                .contains("Acquirer certification slips (score 16");
    }

    @Test
    void changeRequestsBeforeTheBoardAndThoseDecidedThisWeekJoinTheAgenda() {
        String em = "em-" + key.toLowerCase();
        identity.create(admin, new PersonDraft(em, "Em " + key, em + "@example.com", null, null, BigDecimal.TEN, null,
                null, List.of()));
        portfolio.addMember(admin, key, em, ProjectRole.EM);
        var build = items.create(admin, key, fields("task", "Build"));
        var longer = List.<ProposedChange>of(new ProposedChange.SetEstimate(build.key(), BigDecimal.valueOf(8), null, null));
        var waiting = changes.submit(admin, changes.draft(admin, key, "Build grows", "More screens", longer, null, null).id());
        changes.vote(admin, waiting.id(), VoteDecision.APPROVE, null);
        var refused = changes.submit(admin, changes.draft(admin, key, "Build shrinks", "Fewer screens", longer, null,
                null).id());
        changes.vote(admin, refused.id(), VoteDecision.REJECT, "Not in this release");
        String adminName = identity.get("admin").displayName();

        String text = markdown.render(reports.report(admin, key, thisWeek), Locale.ENGLISH);

        assertThat(text).contains("## Change requests in review\n\n- " + waiting.code() + " Build grows, asked by "
                + adminName + ", submitted " + today + "; not voted yet: Em " + key + "\n");
        assertThat(text).contains("## Change requests decided this week\n\n- " + refused.code()
                + " Build shrinks: rejected on " + today + ". " + adminName + " rejected (Not in this release).\n");
    }

    @Test
    void decisionsAndActionItemsComeFromTheBoardAndTheKickoffOrSayNoneWereRecorded() {
        assertThat(markdown.render(reports.report(admin, key, thisWeek), Locale.ENGLISH))
                .endsWith("## Decisions and action items\n\nNone recorded this week.\n");

        var build = items.create(admin, key, fields("task", "Build"));
        var refused = changes.submit(admin, changes.draft(admin, key, "Build shrinks", "Fewer screens",
                List.of(new ProposedChange.SetEstimate(build.key(), BigDecimal.ONE, null, null)), null, null).id());
        changes.vote(admin, refused.id(), VoteDecision.REJECT, "Not in this release");
        kickoffs.record(admin, key, new KickoffFields(today, List.of("admin"), true, true, true,
                "Use the hosted payment page\n\nShip in two waves"), null);
        kickoffs.addAction(admin, key, "Order sandbox access", "admin", today.plusDays(4));
        String adminName = identity.get("admin").displayName();

        assertThat(markdown.render(reports.report(admin, key, thisWeek), Locale.ENGLISH))
                .contains("## Decisions and action items\n\n"
                        + "- " + refused.code() + " Build shrinks: rejected (" + today + ")\n"
                        + "- Kick-off (" + today + "): Use the hosted payment page\n"
                        + "- Kick-off (" + today + "): Ship in two waves\n"
                        + "- Action item: Order sandbox access (" + adminName + ", due " + today.plusDays(4) + ")\n");
        assertThat(markdown.render(reports.report(admin, key, SyncReports.isoWeek(today.minusWeeks(1))), Locale.ENGLISH))
                .endsWith("## Decisions and action items\n\nNone recorded this week.\n");
    }

    @Test
    void aPastWeekWithoutARecordedForecastSaysSoInsteadOfShowingTodaysNumbers() {
        var release = items.create(admin, key, fields("milestone", "Release"));
        items.create(admin, key, fields("task", "Build"));
        String lastWeek = SyncReports.isoWeek(today.minusWeeks(1));

        var report = reports.report(admin, key, lastWeek);

        assertThat(report.forecastFinish()).isNull();
        assertThat(report.milestones()).isEmpty();
        assertThat(report.forecastBasis()).isEqualTo(SyncReport.ForecastBasis.NOT_RECORDED);
        assertThat(report.criticalPath().currentKnown()).isFalse();
        assertThat(report.criticalPath().current()).isEmpty();
        assertThat(markdown.render(report, Locale.ENGLISH)).contains("No forecast was recorded in " + lastWeek)
                .contains("No record of the critical path in " + lastWeek).doesNotContain(release.key());
    }

    @Test
    void aPastWeekShowsTheForecastAndCriticalPathRecordedThatWeek() {
        var release = items.create(admin, key, fields("milestone", "Release"));
        items.create(admin, key, fields("task", "Build"));
        LocalDate lastSunday = today.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        String lastWeek = SyncReports.isoWeek(lastSunday);
        long projectId = portfolio.project(admin, key).id();
        var then = new ProjectForecast(key, lastSunday, "Kick-off plan", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5),
                List.of(new ProjectForecast.Milestone(release.key(), "Release", false, LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), 4, true)));
        schedules.recordForecast(projectId, lastWeek, then, lastSunday.atTime(18, 0).toInstant(ZoneOffset.UTC));
        snapshots.record(projectId, lastWeek, List.of(release.key()), clock.instant());

        var report = reports.report(admin, key, lastWeek);

        assertThat(report.forecastBasis()).isEqualTo(SyncReport.ForecastBasis.RECORDED);
        assertThat(report.forecastAsOf()).isEqualTo(lastSunday);
        assertThat(report.forecastFinish()).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(report.milestones()).containsExactlyElementsOf(then.milestones());
        assertThat(report.criticalPath().current()).containsExactly(release.key());
        assertThat(markdown.render(report, Locale.ENGLISH)).contains("As known at the end of " + lastWeek + " (recorded "
                + lastSunday + "): Planned finish 2027-03-01, forecast finish 2027-03-05 (baseline: Kick-off plan).")
                .contains("| " + release.key() + " Release | 2027-03-01 | 2027-03-01 | 2027-03-05 | +4 |");
    }

    @Test
    void thePageShowsTheChangeRequestsAndDecisionsInEitherLanguage() {
        var build = items.create(admin, key, fields("task", "Build"));
        var refused = changes.submit(admin, changes.draft(admin, key, "Build shrinks", "Fewer screens",
                List.of(new ProposedChange.SetEstimate(build.key(), BigDecimal.ONE, null, null)), null, null).id());
        changes.vote(admin, refused.id(), VoteDecision.REJECT, "Not in this release");
        var browser = new PageSession(port);
        assertThat(browser.signIn("admin", "test-admin-password-0").status()).isEqualTo(302);

        var english = browser.get("/projects/" + key + "/sync", "Accept-Language", "en");
        assertThat(english.body()).contains("Change requests decided this week (1)").contains("Build shrinks")
                .contains("rejected on " + today).contains("Decisions and action items")
                .doesNotContain("None recorded this week.");
        String reader = "zh-" + key.toLowerCase();
        identity.create(admin, new PersonDraft(reader, "Reader " + key, reader + "@example.com", "a-long-test-password-1",
                "zh-CN", null, null, null, List.of()));
        portfolio.addMember(admin, key, reader, ProjectRole.STAKEHOLDER);
        var chineseBrowser = new PageSession(port);
        assertThat(chineseBrowser.signIn(reader, "a-long-test-password-1").status()).isEqualTo(302);
        var chinese = chineseBrowser.get("/projects/" + key + "/sync?week=" + SyncReports.isoWeek(today.minusWeeks(1)));
        assertThat(chinese.body()).contains("本周已决定的变更请求（0）").contains("本周没有记录。")
                .contains("没有记录预测");
    }

    @Test
    void theMarkdownIsWrittenInTheReadersLanguage() {
        items.create(admin, key, fields("task", "Build | the pipes"));
        var browser = new PageSession(port);
        assertThat(browser.signIn("admin", "test-admin-password-0").status()).isEqualTo(302);
        String reader = "zh-" + key.toLowerCase();
        identity.create(admin, new PersonDraft(reader, "Reader " + key, reader + "@example.com", "a-long-test-password-1",
                "zh-CN", null, null, null, List.of()));
        portfolio.addMember(admin, key, reader, ProjectRole.STAKEHOLDER);
        var chineseBrowser = new PageSession(port);
        assertThat(chineseBrowser.signIn(reader, "a-long-test-password-1").status()).isEqualTo(302);

        String english = browser.get("/projects/" + key + "/sync.md", "Accept-Language", "en").body();
        String chinese = chineseBrowser.get("/projects/" + key + "/sync.md").body();

        assertThat(english).startsWith("# Project–engineering sync: " + key + ", " + thisWeek)
                .contains("## Progress against the baseline").contains("## Critical path\n\n- Now: ")
                .endsWith("## Decisions and action items\n\nNone recorded this week.\n");
        assertThat(chinese).startsWith("# 项目-工程同步会：" + key + "，" + thisWeek)
                .contains("## 对照基线的进度").contains("## 关键路径\n\n- 当前：").contains("## 超过阈值的风险\n\n无。")
                .endsWith("## 决定与行动项\n\n本周没有记录。\n")
                .doesNotContain("Progress against", "Critical path", "None.", "None recorded");
    }

    @Test
    void availableHoursLeaveOutTheMembersLeaveAndTheProjectsHolidays() {
        String username = "lee-" + key.toLowerCase();
        identity.create(admin, new PersonDraft(username, "Lee " + key, username + "@example.com", null, null,
                BigDecimal.TEN, null, null, List.of()));
        portfolio.addMember(admin, key, username, ProjectRole.ENGINEER);
        var heavy = items.create(admin, key, fields("task", "Heavy lifting"));
        items.update(admin, heavy.key(), with(null, null, null, username, BigDecimal.valueOf(200), BigDecimal.TEN, null),
                heavy.version());
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        identity.addLeave(admin, username, nextMonday.plusDays(1), nextMonday.plusDays(1));
        schedules.setException(admin, key, nextMonday.plusDays(2), false, "Holiday");

        // of next week's five days Lee works three: 2 h a day of a 10 h week, and 20 h a day of the 200 h item
        var nextWeek = reports.report(admin, key, SyncReports.isoWeek(nextMonday));
        assertThat(nextWeek.overCapacity()).singleElement().satisfies(load -> {
            assertThat(load.availableHours()).isEqualByComparingTo("6");
            assertThat(load.plannedHours()).isEqualByComparingTo("60");
        });
    }

    @Test
    void aMalformedWeekIsRefused() {
        assertThatThrownBy(() -> reports.report(admin, key, "2027-W99")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ISO week");
        assertThatThrownBy(() -> reports.report(admin, key, "last week")).isInstanceOf(InvalidInputException.class);
        // a week far away would make the calendar build lookup tables for millions of years
        assertThatThrownBy(() -> reports.report(admin, key, "9999-W01")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2999");
        assertThatThrownBy(() -> reports.report(admin, key, "+999999999-W01")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theApiAnswersJsonOrMarkdown() throws Exception {
        var design = items.create(admin, key, fields("task", "Design | <b>pipes</b>"));
        items.update(admin, design.key(), with("Done", null, null, null, null, null, null), design.version());
        String token = identity.issueToken(admin, "sync-" + key, 1).token();
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/projects/" + key + "/sync-report?week=" + thisWeek);

        var json = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"week\":\"" + thisWeek + "\"").contains(design.key());

        var markdown = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "text/markdown").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
        assertThat(markdown.body()).startsWith("# Project–engineering sync: " + key + ", " + thisWeek)
                .contains("## Completed this week").contains(design.key() + " Design \\| &lt;b>pipes&lt;/b>")
                .doesNotContain("<b>");

        var bad = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/projects/" + key
                + "/sync-report?week=soon")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
    }
}
