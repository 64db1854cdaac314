package dev.tandem.timetracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page controls of work logs: the board card's "Log time" dialog (with its refusals and the assignee's remaining
 * estimate), changing and removing one's own hours on the item page and the timesheet (audited; a stale version
 * answers 409 with both sides), and the CSV import form with a bad row.
 */
@TandemIntegrationTest
class WorkLogControlsIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String YESTERDAY = TODAY.minusDays(1).toString();

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void theBoardCardOpensADialogThatLogsHoursAndShowsTheItemsTotal() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        log(p.pm(), p.project(), p.item(), YESTERDAY, 1);
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());

        String board = browser.get("/projects/" + p.project() + "/board").body();
        var dialog = browser.get("/items/" + p.item() + "/worklogs/card");
        var logged = browser.post("/items/" + p.item() + "/worklogs/card",
                Map.of("date", YESTERDAY, "hours", "2.5", "note", "Pairing"));

        assertThat(board).contains("class=\"card-log\"", "/items/" + p.item() + "/worklogs/card", "id=\"worklog-dialog\"");
        assertThat(dialog.status()).isEqualTo(200);
        assertThat(dialog.body()).contains("id=\"cardlog-form\"", "value=\"" + TODAY + "\"", "Logged on this item so far: 1 h")
                .doesNotContain("cardlog-remaining");
        assertThat(logged.status()).isEqualTo(200);
        assertThat(logged.body()).contains("Logged 2.5 h on " + p.item(), "Logged on this item so far: 3.5 h");
        assertThat(api.get(p.pm().token(), logs(p.project(), p.item())).texts("", "note")).contains("Pairing");
    }

    @Test
    void theCardDialogRefusesNegativeHoursAMoreThanFullDayAndANonMemberAndStoresNothing() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        log(engineer, p.project(), p.item(), YESTERDAY, 20);
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        PageSession stranger = PageSession.signedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        browser.get("/projects/" + p.project() + "/board");
        stranger.get("/");

        var negative = browser.post("/items/" + p.item() + "/worklogs/card", Map.of("date", YESTERDAY, "hours", "-1"));
        var overfull = browser.post("/items/" + p.item() + "/worklogs/card", Map.of("date", YESTERDAY, "hours", "4.5"));
        var notMember = stranger.post("/items/" + p.item() + "/worklogs/card", Map.of("date", YESTERDAY, "hours", "1"));

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("must be more than 0", "value=\"-1\"", "so far: 20 h");
        assertThat(overfull.status()).isEqualTo(400);
        assertThat(overfull.body()).contains("would make 24.5 hours on " + YESTERDAY);
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.body()).contains("is not a member of " + p.project());
        assertThat(api.get(p.pm().token(), logs(p.project(), p.item())).json()).hasSize(1);
    }

    @Test
    void theAssigneeLogsHoursAndSetsTheRemainingEstimateInOneGoAndAStaleItemStoresNeither() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        long version = api.get(p.pm().token(), "/api/v1/items/" + p.item()).number("version");
        assertThat(api.patch(p.pm().token(), "/api/v1/items/" + p.item(),
                Map.of("assignee", engineer.username(), "version", version)).status()).isEqualTo(200);
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        browser.get("/projects/" + p.project() + "/board");

        var dialog = browser.get("/items/" + p.item() + "/worklogs/card");
        long itemVersion = api.get(engineer.token(), "/api/v1/items/" + p.item()).number("version");
        var stale = browser.post("/items/" + p.item() + "/worklogs/card", Map.of("date", YESTERDAY, "hours", "1",
                "remainingHours", "6", "itemVersion", itemVersion - 1));
        var saved = browser.post("/items/" + p.item() + "/worklogs/card", Map.of("date", YESTERDAY, "hours", "2",
                "remainingHours", "6", "itemVersion", itemVersion));
        var onlyEstimate = browser.post("/items/" + p.item() + "/worklogs/card", Map.of("date", YESTERDAY, "hours", "",
                "remainingHours", "4.5", "itemVersion", itemVersion + 1));

        assertThat(dialog.body()).contains("id=\"cardlog-remaining\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("Remaining estimate saved", "so far: 2 h");
        assertThat(onlyEstimate.status()).as(onlyEstimate.body()).isEqualTo(200);
        assertThat(api.get(engineer.token(), "/api/v1/items/" + p.item()).json().get("remainingHours").decimalValue())
                .isEqualByComparingTo("4.5");
        assertThat(api.get(p.pm().token(), logs(p.project(), p.item())).json()).hasSize(1);
    }

    @Test
    void oneChangesAndDeletesOnesOwnHoursOnTheItemPageAndAStaleVersionShowsBothSides() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        Response mine = log(engineer, p.project(), p.item(), YESTERDAY, 2);
        log(p.pm(), p.project(), p.item(), YESTERDAY, 1);
        String base = "/items/" + p.item() + "/worklogs/" + mine.number("id");
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());

        String section = browser.get("/items/" + p.item() + "/worklogs").body();
        long head = api.auditHead();
        var changed = browser.post(base + "/edit", Map.of("date", YESTERDAY, "hours", "3", "note", "Review",
                "version", mine.number("version")));
        var stale = browser.post(base + "/edit", Map.of("date", YESTERDAY, "hours", "5", "note", "Mine",
                "version", mine.number("version")));
        var staleDelete = browser.post(base + "/delete", Map.of("version", mine.number("version")));
        long current = api.get(engineer.token(), logs(p.project(), p.item())).json().findValues("version").stream()
                .mapToLong(v -> v.asLong()).max().orElseThrow();
        var deleted = browser.post(base + "/delete", Map.of("version", current));

        assertThat(section).containsOnlyOnce("/worklogs/" + mine.number("id") + "/edit")
                .contains("data-confirm=\"Delete 2 h logged on");
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changed.location()).endsWith("/items/" + p.item() + "#worklogs");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"worklog-sides\"", "Yours", "Stored now", ">5<", ">3<", "Mine", "Review");
        assertThat(staleDelete.status()).isEqualTo(409);
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(api.get(p.pm().token(), logs(p.project(), p.item())).texts("", "username"))
                .containsExactly(p.pm().username());
        assertThat(api.auditActionsAfter(head)).as("the refused ones leave no trace")
                .containsExactly("worklog.changed", "worklog.deleted");
    }

    @Test
    void theTimesheetListsTheWeeksLogsToChangeOrRemoveAndGoesBackToTheWeek() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        Response mine = log(engineer, p.project(), p.item(), TODAY.toString(), 2);
        String week = TimeTrackingManagement.isoWeek(TODAY);
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());

        String sheet = browser.get("/timesheet?week=" + week).body();
        var changed = browser.post("/items/" + p.item() + "/worklogs/" + mine.number("id") + "/edit",
                Map.of("date", TODAY.toString(), "hours", "1.5", "note", "", "version", mine.number("version"),
                        "week", week));
        Person colleague = member(p.project(), "ENGINEER");
        var someoneElses = PageSession.signedIn(port, colleague.username(), colleague.password());
        var forbidden = someoneElses.post("/items/" + p.item() + "/worklogs/" + mine.number("id") + "/delete",
                Map.of("version", mine.number("version") + 1, "week", week));

        assertThat(sheet).contains("id=\"week-log-list\"", "/worklogs/" + mine.number("id") + "/delete");
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changed.location()).endsWith("/timesheet?week=" + week);
        assertThat(browser.get("/timesheet?week=" + week).body()).contains("id=\"timesheet-total\">1.5<");
        assertThat(forbidden.status()).as("a colleague does not remove one's hours").isEqualTo(403);
        assertThat(someoneElses.get("/timesheet?week=" + week).body()).doesNotContain("/worklogs/" + mine.number("id"));
    }

    @Test
    void theImportFormStoresAGoodFileAndListsTheBadRowsOfABadOne() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        PageSession browser = PageSession.signedIn(port, p.pm().username(), p.pm().password());

        String sheet = browser.get("/timesheet").body();
        var bad = browser.postFile("/timesheet/import", Map.of("project", p.project()), "file", "hours.csv",
                "person,item,date,hours,note\n" + engineer.username() + "," + p.item() + "," + YESTERDAY + ",2,ok\n"
                        + engineer.username() + "," + p.item() + "," + YESTERDAY + ",-3,bad\n"
                        + "nobody-here," + p.item() + "," + YESTERDAY + ",1,\n");
        long storedAfterBad = api.get(p.pm().token(), logs(p.project(), p.item())).json().size();
        var good = browser.postFile("/timesheet/import", Map.of("project", p.project()), "file", "hours.csv",
                "person,item,date,hours,note\n" + engineer.username() + "," + p.item() + "," + YESTERDAY + ",2,Imported\n");

        assertThat(sheet).contains("id=\"import-form\"", "enctype=\"multipart/form-data\"", ">" + p.project() + "<");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"import-rejected\"", "row 2 (line 3)", "must be more than 0",
                "row 3 (line 4)", "names nobody").doesNotContain("row 1 (line 2)");
        assertThat(storedAfterBad).isZero();
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.body()).contains("1 work logs imported into " + p.project(), "id=\"import-accepted\"", "Imported");
        assertThat(api.get(p.pm().token(), logs(p.project(), p.item())).texts("", "note")).containsExactly("Imported");
    }

    private Person member(String project, String role) {
        Person person = api.newPerson();
        api.addMember(project, person.username(), role);
        return person;
    }

    private Response log(Person person, String project, String item, String day, double hours) {
        Response r = api.post(person.token(), logs(project, item), Map.of("date", day, "hours", hours));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    private static String logs(String project, String item) {
        return "/api/v1/projects/" + project + "/items/" + item + "/worklogs";
    }
}
