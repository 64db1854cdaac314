package dev.tandem.timetracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Logging hours by API and CSV: the rules refuse bad input with a 4xx and store nothing. */
@TandemIntegrationTest
class WorkLogIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String YESTERDAY = TODAY.minusDays(1).toString();

    @Autowired
    Api api;

    @Test
    void aMemberLogsHoursAndSeesThemListedAndChangesAndRemovesThemWithTheVersion() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        String path = logs(p.project(), p.item());
        long head = api.auditHead();

        Response logged = api.post(engineer.token(), path, Map.of("date", YESTERDAY, "hours", 2.5, "note", "Spike"));
        Response list = api.get(p.pm().token(), path);
        Response stale = api.patch(engineer.token(), path + "/" + logged.number("id"), Map.of("hours", 3, "version", 7));
        Response changed = api.patch(engineer.token(), path + "/" + logged.number("id"),
                Map.of("hours", 3, "version", logged.number("version")));
        Response deleted = api.delete(engineer.token(), path + "/" + logged.number("id") + "?version="
                + changed.number("version"));

        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        assertThat(logged.text("username")).isEqualTo(engineer.username());
        assertThat(logged.json().get("hours").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(list.texts("", "note")).containsExactly("Spike");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("hours").decimalValue()).isEqualByComparingTo("3");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(p.pm().token(), path).json()).isEmpty();
        assertThat(api.auditActionsAfter(head)).containsExactly("worklog.logged", "worklog.changed", "worklog.deleted");
    }

    @Test
    void badHoursAFutureDateAndTooLongANoteAreRefusedAndNothingIsStored() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        String path = logs(p.project(), p.item());
        long head = api.auditHead();

        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("date", YESTERDAY, "hours", 0),
                Map.of("date", YESTERDAY, "hours", -1),
                Map.of("date", YESTERDAY, "hours", 1.1),
                Map.of("date", YESTERDAY, "hours", 25),
                Map.of("date", YESTERDAY),
                Map.of("hours", 1),
                Map.of("date", TODAY.plusDays(1).toString(), "hours", 1),
                Map.of("date", YESTERDAY, "hours", 1, "note", "x".repeat(501)))) {
            Response r = api.post(engineer.token(), path, body);
            assertThat(r.status()).as("%s → %s", body, r).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }

        assertThat(api.get(p.pm().token(), path).json()).isEmpty();
        assertThat(api.auditHead()).isEqualTo(head);
    }

    @Test
    void aPersonLogsAtMostTwentyFourHoursADayAcrossAllItems() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        String other = api.newItem(p.pm().token(), p.project(), "task", "Build");

        Response first = api.post(engineer.token(), logs(p.project(), p.item()), Map.of("date", YESTERDAY, "hours", 20));
        Response over = api.post(engineer.token(), logs(p.project(), other), Map.of("date", YESTERDAY, "hours", 4.25));
        Response exactly = api.post(engineer.token(), logs(p.project(), other), Map.of("date", YESTERDAY, "hours", 4));
        Response editOver = api.patch(engineer.token(), logs(p.project(), other) + "/" + exactly.number("id"),
                Map.of("hours", 5, "version", exactly.number("version")));

        assertThat(first.status()).isEqualTo(201);
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.detail()).contains("24");
        assertThat(exactly.status()).isEqualTo(201);
        assertThat(editOver.status()).isEqualTo(400);
        assertThat(api.get(p.pm().token(), logs(p.project(), other)).json().get(0).get("hours").decimalValue())
                .isEqualByComparingTo("4");
    }

    @Test
    void outsidersAreNotToldTheProjectExistsViewersAndNonMembersCannotLog() {
        var p = api.projectWithItem();
        Person stakeholder = member(p.project(), "STAKEHOLDER");
        Person outsider = api.newPerson();
        String path = logs(p.project(), p.item());
        Map<String, Object> body = Map.of("date", YESTERDAY, "hours", 1);

        Response byOutsider = api.post(outsider.token(), path, body);
        Response outsiderReads = api.get(outsider.token(), path);
        Response byViewer = api.post(stakeholder.token(), path, body);
        Response byAdmin = api.post(api.adminToken(), path, body);

        assertThat(byOutsider.status()).isEqualTo(404);
        assertThat(outsiderReads.status()).isEqualTo(404);
        assertThat(byViewer.status()).isEqualTo(403);
        // administrators act as PM but are not members: they log no hours here
        assertThat(byAdmin.status()).isEqualTo(400);
        assertThat(byAdmin.detail()).contains("not a member");
        assertThat(api.get(p.pm().token(), path).json()).isEmpty();
    }

    @Test
    void onlyTheLoggerOrWhoeverEditsTheProjectChangesALog() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        Person colleague = member(p.project(), "ENGINEER");
        String path = logs(p.project(), p.item());
        Response logged = api.post(engineer.token(), path, Map.of("date", YESTERDAY, "hours", 1));

        Response byColleague = api.patch(colleague.token(), path + "/" + logged.number("id"),
                Map.of("hours", 2, "version", logged.number("version")));
        Response byPm = api.patch(p.pm().token(), path + "/" + logged.number("id"),
                Map.of("note", "Pairing", "version", logged.number("version")));

        assertThat(byColleague.status()).isEqualTo(403);
        assertThat(byPm.status()).isEqualTo(200);
        assertThat(byPm.json().get("hours").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void aCsvImportWithOneBadRowStoresNothingAndNamesTheRows() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        Person outsider = api.newPerson();
        String importPath = "/api/v1/projects/" + p.project() + "/worklogs/import";
        long head = api.auditHead();
        String good = engineer.username() + "," + p.item() + "," + YESTERDAY + ",2,Design review\n";

        Response bad = api.post(p.pm().token(), importPath, Map.of("csv", "person,item,date,hours,note\n" + good
                + outsider.username() + "," + p.item() + "," + YESTERDAY + ",1,\n"
                + engineer.username() + "@example.com," + p.item() + "," + YESTERDAY + ",0.3,\n"
                + engineer.username() + ",NOPE-1," + YESTERDAY + ",1,\n"));
        Response byEngineer = api.post(engineer.token(), importPath, Map.of("csv", "person,item,date,hours,note\n" + good));
        long afterRefusals = api.auditHead();
        Response ok = api.post(p.pm().token(), importPath, Map.of("csv", "person,item,date,hours,note\n" + good
                + engineer.username() + "@example.com," + p.item() + "," + YESTERDAY + ",1.25,\"Notes, with a comma\"\n"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").propertyNames()).containsExactlyInAnyOrder("row 2", "row 3", "row 4");
        assertThat(bad.detail()).contains("nothing was imported");
        assertThat(byEngineer.status()).isEqualTo(403);
        assertThat(afterRefusals).isEqualTo(head);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(api.get(p.pm().token(), logs(p.project(), p.item())).texts("", "note"))
                .containsExactlyInAnyOrder("Design review", "Notes, with a comma");
        assertThat(api.auditActionsAfter(afterRefusals)).containsExactly("worklog.imported");
    }

    @Test
    void aCsvImportKeepsTheDailyLimitAcrossItsOwnRows() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        String row = engineer.username() + "," + p.item() + "," + YESTERDAY + ",12,\n";

        Response r = api.post(p.pm().token(), "/api/v1/projects/" + p.project() + "/worklogs/import",
                Map.of("csv", "person,item,date,hours,note\n" + row + row + row));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").propertyNames()).containsExactly("row 3");
        assertThat(api.get(p.pm().token(), logs(p.project(), p.item())).json()).isEmpty();
    }

    private Person member(String project, String role) {
        Person person = api.newPerson();
        api.addMember(project, person.username(), role);
        return person;
    }

    private static String logs(String project, String item) {
        return "/api/v1/projects/" + project + "/items/" + item + "/worklogs";
    }
}
