package dev.tandem.timetracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The timesheet in both languages, and logging hours from the item page. */
@TandemIntegrationTest
class TimeTrackingPagesIntegrationTests {

    private static final LocalDate LAST_MONDAY = LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY).minusWeeks(1);

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void theTimesheetHasARowPerItemAColumnPerDayAndTotalsInEnglishAndChinese() {
        var p = api.projectWithItem();
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        String other = api.newItem(p.pm().token(), p.project(), "task", "Build");
        log(engineer, p.project(), p.item(), LAST_MONDAY, 2);
        log(engineer, p.project(), p.item(), LAST_MONDAY.plusDays(1), 3.5);
        log(engineer, p.project(), other, LAST_MONDAY.plusDays(1), 4);
        String week = TimeTrackingManagement.isoWeek(LAST_MONDAY);

        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        var english = browser.get("/timesheet?week=" + week, "Accept-Language", "en");
        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + "/timesheet");
        var chinese = browser.get("/timesheet?week=" + week);
        var badWeek = browser.get("/timesheet?week=soon");

        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("My timesheet, week " + week, ">" + p.item() + "<", ">" + other + "<",
                "id=\"timesheet-total\">9.5<", ">7.5<");
        assertThat(chinese.body()).contains("我的工时表", "周一", "合计");
        assertThat(badWeek.status()).isEqualTo(400);
    }

    @Test
    void theItemPageLogsHoursAndABadEntryIsRefusedWithTheReason() {
        var p = api.projectWithItem();
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        browser.get("/items/" + p.item());

        var bad = browser.post("/items/" + p.item() + "/worklogs", Map.of("date", LAST_MONDAY.toString(), "hours", "0.3"));
        var good = browser.post("/items/" + p.item() + "/worklogs",
                Map.of("date", LAST_MONDAY.toString(), "hours", "1.5", "note", "Review"));
        var section = browser.get("/items/" + p.item() + "/worklogs");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("quarter hour");
        assertThat(good.status()).isEqualTo(302);
        assertThat(section.body()).contains("id=\"worklog-form\"", ">1.5<", "Review");
        assertThat(browser.get("/items/" + p.item()).body()).contains("/items/" + p.item() + "/worklogs");
    }

    @Test
    void theAssigneeSetsTheRemainingEstimateInPlaceAndItsHistoryKeepsIt() {
        var p = api.projectWithItem();
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        browser.get("/items/" + p.item());
        long version = api.get(engineer.token(), "/api/v1/items/" + p.item()).number("version");

        var saved = browser.postJson("/items/" + p.item() + "/inline",
                "{\"field\":\"remainingHours\",\"value\":\"12.5\",\"version\":" + version + "}");
        var page = browser.get("/items/" + p.item());

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(api.get(engineer.token(), "/api/v1/items/" + p.item()).json().get("remainingHours").decimalValue())
                .isEqualByComparingTo("12.5");
        assertThat(page.body()).contains("id=\"remainingHours\"", "value=\"12.5\"");
        assertThat(api.get(engineer.token(), "/api/v1/items/" + p.item() + "/history").texts("", "field"))
                .contains("remainingHours");
    }

    private void log(Person person, String project, String item, LocalDate day, double hours) {
        var r = api.post(person.token(), "/api/v1/projects/" + project + "/items/" + item + "/worklogs",
                Map.of("date", day.toString(), "hours", hours));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
}
