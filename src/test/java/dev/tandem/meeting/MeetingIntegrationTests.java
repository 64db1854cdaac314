package dev.tandem.meeting;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Meetings through the API: a weekly series whose agenda carries open action items, decisions and action items that
 * become work items and reach the sync report and the owner's inbox, minutes under optimistic locking, and every bad
 * input refused with nothing written.
 */
@TandemIntegrationTest
class MeetingIntegrationTests {

    @Autowired
    Api api;

    record Team(Person pm, Person engineer, String project, String path) {
    }

    private Team team() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        return new Team(pm, engineer, project, "/api/v1/projects/" + project + "/meetings");
    }

    private Response schedule(Team t, String recurrence) {
        return api.post(t.pm().token(), t.path(), fields("kind", "weekly_sync", "title", "Weekly sync",
                "start", "2027-01-04T10:00", "timeZone", "Asia/Shanghai", "durationMinutes", 60, "recurrence", recurrence,
                "attendees", List.of(t.engineer().username()),
                "guests", List.of(Map.of("name", "Auditor", "email", "auditor@partner.example"))));
    }

    @Test
    void aWeeklySeriesCarriesOpenActionItemsUntilTheirWorkItemIsDone() {
        Team t = team();
        long audit = api.auditHead();
        Response first = schedule(t, "weekly");
        String meeting = t.path() + "/" + first.number("id");
        Response decision = api.post(t.pm().token(), meeting + "/decisions", fields("text", "采用 PostgreSQL 15"));
        Response action = api.post(t.pm().token(), meeting + "/actions", fields("title", "联系供应商确认接口",
                "owner", t.engineer().username(), "due", "2027-01-08"));
        Response next = api.post(t.pm().token(), meeting + "/next", null);
        String nextPath = t.path() + "/" + next.number("id");
        Response item = api.post(t.pm().token(), meeting + "/actions/" + action.number("id") + "/work-item", null);
        Response again = api.post(t.pm().token(), meeting + "/actions/" + action.number("id") + "/work-item", null);
        Response task = api.get(t.pm().token(), "/api/v1/items/" + item.text("item"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.text("start")).isEqualTo("2027-01-04T10:00:00+08:00");
        assertThat(first.text("timeZone")).isEqualTo("Asia/Shanghai");
        assertThat(first.texts("attendees", "name")).hasSize(2).contains("Auditor");
        assertThat(first.text("agenda")).contains("## Milestones against the baseline", "## Items at risk of finishing late",
                "## Risks above the threshold", "## Tech-debt buffer", "## People over capacity",
                "## Open action items from earlier meetings");
        assertThat(decision.status()).isEqualTo(201);
        assertThat(decision.text("decidedOn")).isEqualTo("2027-01-04");
        assertThat(action.status()).isEqualTo(201);
        assertThat(action.text("status")).isEqualTo("OPEN");
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.text("start")).isEqualTo("2027-01-11T10:00:00+08:00");
        assertThat(next.text("series")).isEqualTo(first.text("series"));
        assertThat(next.text("agenda")).contains("联系供应商确认接口", "2027-01-08");
        assertThat(next.texts("carriedOver", "title")).containsExactly("联系供应商确认接口");
        assertThat(item.status()).isEqualTo(201);
        assertThat(item.text("item")).startsWith(t.project() + "-");
        assertThat(again.status()).isEqualTo(409);
        assertThat(task.text("title")).isEqualTo("联系供应商确认接口");
        assertThat(task.text("assignee")).isEqualTo(t.engineer().username());
        assertThat(task.text("dueDate")).isEqualTo("2027-01-08");
        assertThat(task.text("description")).contains("/projects/" + t.project() + "/meetings/" + first.number("id"));

        ok(api.post(t.pm().token(), "/api/v1/items/" + item.text("item") + "/move",
                fields("status", "Done", "version", task.number("version"))));
        Response afterDone = api.get(t.pm().token(), nextPath);
        assertThat(afterDone.json().get("carriedOver")).isEmpty();
        assertThat(api.get(t.pm().token(), meeting).json().get("actions").get(0).get("status").asString()).isEqualTo("DONE");

        JsonNode report = api.get(t.pm().token(), "/api/v1/projects/" + t.project() + "/sync-report?week=2027-W01").json();
        assertThat(report.get("decisions").toString()).contains("采用 PostgreSQL 15", "Weekly sync");
        assertThat(report.get("actionItems").toString()).contains("联系供应商确认接口", item.text("item"));
        assertThat(api.get(t.engineer().token(), "/api/v1/me/notifications").body())
                .contains("联系供应商确认接口", "/projects/" + t.project() + "/meetings/" + first.number("id"));
        assertThat(api.auditActionsAfter(audit)).contains("meeting.scheduled", "meeting.decision-recorded",
                "meeting.action-added", "meeting.action-item-created");
    }

    @Test
    void anActionItemStillOpenAppearsInTheNextWeeksSyncReport() {
        Team t = team();
        Response first = schedule(t, "weekly");
        api.post(t.pm().token(), t.path() + "/" + first.number("id") + "/actions", fields("title", "Book the load test",
                "owner", t.engineer().username()));

        JsonNode nextWeek = api.get(t.pm().token(), "/api/v1/projects/" + t.project() + "/sync-report?week=2027-W02").json();
        JsonNode weekBefore = api.get(t.pm().token(), "/api/v1/projects/" + t.project() + "/sync-report?week=2026-W53").json();

        assertThat(nextWeek.get("actionItems").toString()).contains("Book the load test", "2027-01-04");
        assertThat(weekBefore.get("actionItems").toString()).doesNotContain("Book the load test");
    }

    @Test
    void theOwnerHearsOfTheActionItemInTheirOwnLanguage() {
        Team t = team();
        long version = api.get(t.engineer().token(), "/api/v1/people/" + t.engineer().username()).number("version");
        ok(api.patch(t.engineer().token(), "/api/v1/people/" + t.engineer().username(), fields("locale", "zh-CN",
                "version", version)));
        long id = schedule(t, "none").number("id");

        api.post(t.pm().token(), t.path() + "/" + id + "/actions", fields("title", "Book the load test",
                "owner", t.engineer().username(), "due", "2027-01-08"));

        assertThat(api.get(t.engineer().token(), "/api/v1/me/notifications").body()).contains(t.project()
                + "：你负责会议“Weekly sync”的行动项“Book the load test”，截止 2027-01-08");
    }

    @Test
    void theWeeklySyncsAgendaNamesTheItemsAtRiskAndTheBlockedOnes() {
        // a project that started two weeks ago: its three days of work should have started long before today
        Person pm = api.newPerson("PMO");
        String project = Api.uniqueProjectKey();
        ok201(api.post(pm.token(), "/api/v1/projects", fields("key", project, "name", "Project " + project, "startDate",
                LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY).minusWeeks(2).toString())));
        Team t = new Team(pm, api.newPerson(), project, "/api/v1/projects/" + project + "/meetings");
        api.addMember(project, t.engineer().username(), "ENGINEER");
        String late = api.newItem(t.pm().token(), t.project(), Map.of("type", "task", "title", "Ledger export",
                "mostLikelyDays", 3)).get("key").asString();
        String blocked = api.newItem(t.pm().token(), t.project(), "task", "Vendor API");
        api.patch(t.pm().token(), "/api/v1/items/" + blocked, fields("blocked", true, "blockedReason", "waiting for keys",
                "version", 0));
        assertThat(api.get(t.pm().token(), "/api/v1/projects/" + t.project() + "/at-risk").body()).contains(late);

        Response sync = schedule(t, "weekly");
        Response other = api.post(t.pm().token(), t.path(), fields("kind", "standup", "title", "Stand-up",
                "start", "2027-01-04T09:30", "timeZone", "Asia/Shanghai", "durationMinutes", 15));

        assertThat(sync.text("agenda")).contains("## Items at risk of finishing late\n\n- " + late + " Ledger export — behind",
                "## Blocked items\n\n- " + blocked + " Vendor API — waiting for keys");
        assertThat(other.text("agenda")).doesNotContain("Ledger export").contains("## Open action items from earlier meetings");
    }

    @Test
    void aStaleMinutesSaveIsRefusedWithBothVersionsAndOverwritesNothing() {
        Team t = team();
        String meeting = t.path() + "/" + schedule(t, "none").number("id");
        Response saved = api.send("PUT", meeting + "/minutes", "Bearer " + t.pm().token(),
                fields("text", "决定：先上线支付宝", "version", 0));
        long audit = api.auditHead();

        Response stale = api.send("PUT", meeting + "/minutes", "Bearer " + t.engineer().token(),
                fields("text", "Decided: WeChat Pay first", "version", 0));
        Response noVersion = api.send("PUT", meeting + "/minutes", "Bearer " + t.engineer().token(),
                fields("text", "Decided: WeChat Pay first"));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.number("minutesVersion")).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.number("currentVersion")).isEqualTo(1);
        assertThat(stale.text("currentMinutes")).isEqualTo("决定：先上线支付宝");
        assertThat(stale.text("yourMinutes")).isEqualTo("Decided: WeChat Pay first");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(api.get(t.pm().token(), meeting).text("minutes")).isEqualTo("决定：先上线支付宝");
        assertThat(api.auditHead()).isEqualTo(audit);
        Response merged = api.send("PUT", meeting + "/minutes", "Bearer " + t.engineer().token(),
                fields("text", "决定：先上线支付宝，然后微信支付", "version", 1));
        assertThat(merged.number("minutesVersion")).isEqualTo(2);
        assertThat(api.auditActionsAfter(audit)).containsExactly("meeting.minutes-edited");
    }

    @Test
    void everyBadInputIsRefusedWithAClearProblemAndWritesNothing() {
        Team t = team();
        String outsider = api.newPersonWithoutPassword();
        String meeting = t.path() + "/" + schedule(t, "none").number("id");
        String token = t.pm().token();

        expectRefused(400, "owner", () -> api.post(token, meeting + "/actions", fields("title", "Call", "owner", outsider)));
        expectRefused(400, "owner", () -> api.post(token, meeting + "/actions", fields("title", "Call", "owner", "nobody-at-all")));
        expectRefused(400, "title", () -> api.post(token, meeting + "/actions", fields("title", " ", "owner",
                t.engineer().username())));
        expectRefused(400, "due", () -> api.post(token, meeting + "/actions", fields("title", "Call", "owner",
                t.engineer().username(), "due", "3001-01-01")));
        expectRefused(400, "timeZone", () -> api.post(token, t.path(), meetingBody("start", "2027-01-04T10:00",
                "timeZone", "Mars/Olympus")));
        expectRefused(400, null, () -> api.post(token, t.path(), meetingBody("start", "2027-13-01T10:00",
                "timeZone", "UTC")));
        expectRefused(400, "start", () -> api.post(token, t.path(), meetingBody("timeZone", "UTC")));
        expectRefused(400, "start", () -> api.post(token, t.path(), meetingBody("start", "1900-01-01T10:00",
                "timeZone", "UTC")));
        expectRefused(400, "durationMinutes", () -> api.post(token, t.path(), fields("kind", "other", "title", "Chat",
                "start", "2027-01-04T10:00", "timeZone", "UTC", "durationMinutes", 0)));
        expectRefused(400, "kind", () -> api.post(token, t.path(), fields("kind", "party", "title", "Chat",
                "start", "2027-01-04T10:00", "timeZone", "UTC", "durationMinutes", 30)));
        expectRefused(400, "recurrence", () -> api.post(token, t.path(), fields("kind", "other", "title", "Chat",
                "start", "2027-01-04T10:00", "timeZone", "UTC", "durationMinutes", 30, "recurrence", "daily")));
        expectRefused(400, "attendees", () -> api.post(token, t.path(), fields("kind", "other", "title", "Chat",
                "start", "2027-01-04T10:00", "timeZone", "UTC", "durationMinutes", 30, "attendees", List.of(outsider))));
        expectRefused(400, "guests", () -> api.post(token, t.path(), fields("kind", "other", "title", "Chat",
                "start", "2027-01-04T10:00", "timeZone", "UTC", "durationMinutes", 30,
                "guests", List.of(Map.of("name", "Eve", "email", "not-an-address")))));
        expectRefused(400, "adr", () -> api.post(token, meeting + "/decisions", fields("text", "Go", "adr", 99)));
        expectRefused(400, "changeRequest", () -> api.post(token, meeting + "/decisions", fields("text", "Go",
                "changeRequest", "CR-99")));
        expectRefused(400, null, () -> api.send("PUT", meeting + "/minutes", "Bearer " + token,
                fields("text", "x".repeat(100_001), "version", 0)));
        expectRefused(409, null, () -> api.post(token, meeting + "/next", null));
        expectRefused(404, null, () -> api.get(token, t.path() + "/999999999"));
    }

    @Test
    void aMeetingIsRescheduledUnderItsVersionAndKeepsItsMinutes() {
        Team t = team();
        Person stakeholder = api.newPerson();
        api.addMember(t.project(), stakeholder.username(), "STAKEHOLDER");
        String meeting = t.path() + "/" + schedule(t, "weekly").number("id");
        ok(api.send("PUT", meeting + "/minutes", "Bearer " + t.pm().token(), fields("text", "讨论了接口", "version", 0)));
        long version = api.get(t.pm().token(), meeting).number("version");
        long audit = api.auditHead();

        Response moved = api.send("PUT", meeting, "Bearer " + t.pm().token(), fields("title", "周会（改期）",
                "start", "2027-01-05T15:30", "timeZone", "Europe/Berlin", "durationMinutes", 45, "recurrence", "biweekly",
                "attendees", List.of(stakeholder.username()), "guests", List.of(), "version", version));

        ok(moved);
        assertThat(moved.text("title")).isEqualTo("周会（改期）");
        assertThat(moved.text("start")).isEqualTo("2027-01-05T15:30:00+01:00");
        assertThat(moved.text("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(moved.number("durationMinutes")).isEqualTo(45);
        assertThat(moved.text("recurrence")).isEqualTo("BIWEEKLY");
        assertThat(moved.texts("attendees", "username")).containsExactly(stakeholder.username());
        assertThat(moved.text("kind")).isEqualTo("WEEKLY_SYNC");
        assertThat(moved.text("minutes")).isEqualTo("讨论了接口");
        assertThat(api.auditActionsAfter(audit)).containsExactly("meeting.edited");

        Map<String, Object> again = fields("title", "Lost", "start", "2027-02-01T09:00", "timeZone", "UTC",
                "durationMinutes", 30, "version", version);
        expectRefused(409, null, () -> api.send("PUT", meeting, "Bearer " + t.engineer().token(), again));
        long current = moved.number("version");
        expectRefused(400, "kind", () -> api.send("PUT", meeting, "Bearer " + t.pm().token(), fields("kind", "other",
                "title", "Lost", "start", "2027-02-01T09:00", "timeZone", "UTC", "durationMinutes", 30, "version", current)));
        expectRefused(400, "version", () -> api.send("PUT", meeting, "Bearer " + t.pm().token(), fields("title", "Lost",
                "start", "2027-02-01T09:00", "timeZone", "UTC", "durationMinutes", 30)));
        expectRefused(403, null, () -> api.send("PUT", meeting, "Bearer " + stakeholder.token(), fields("title", "Lost",
                "start", "2027-02-01T09:00", "timeZone", "UTC", "durationMinutes", 30, "version", current)));
        assertThat(api.get(t.pm().token(), meeting).text("title")).isEqualTo("周会（改期）");
    }

    @Test
    void anOutsiderFindsNoMeetingAndAStakeholderOnlyReads() {
        Team t = team();
        Person outsider = api.newPerson();
        Person stakeholder = api.newPerson();
        api.addMember(t.project(), stakeholder.username(), "STAKEHOLDER");
        long id = schedule(t, "weekly").number("id");
        String meeting = t.path() + "/" + id;

        for (Response r : List.of(api.get(outsider.token(), t.path()), api.get(outsider.token(), meeting),
                api.get(outsider.token(), meeting + "/invitation"), api.get(outsider.token(), meeting + "/minutes"),
                api.post(outsider.token(), meeting + "/decisions", fields("text", "Leak")))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.body()).doesNotContain("Weekly sync");
        }
        assertThat(api.get(stakeholder.token(), meeting).status()).isEqualTo(200);
        Response write = api.send("PUT", meeting + "/minutes", "Bearer " + stakeholder.token(),
                fields("text", "Mine", "version", 0));
        assertThat(write.status()).isEqualTo(403);
        assertThat(api.get(t.pm().token(), meeting).text("minutes")).isNull();
    }

    @Test
    void anActionItemWhoseOwnerLeftIsFlaggedNotLost() {
        Team t = team();
        Person leaving = api.newPerson();
        api.addMember(t.project(), leaving.username(), "ENGINEER");
        long id = api.post(t.pm().token(), t.path(), fields("kind", "review_board", "title", "Review board",
                "start", "2027-01-06T14:00", "timeZone", "Europe/Berlin", "durationMinutes", 45,
                "attendees", List.of(leaving.username()))).number("id");
        String meeting = t.path() + "/" + id;
        long action = api.post(t.pm().token(), meeting + "/actions", fields("title", "Hand over the runbook",
                "owner", leaving.username())).number("id");

        assertThat(api.delete(t.pm().token(), "/api/v1/projects/" + t.project() + "/members/" + leaving.username()).status())
                .isEqualTo(204);
        JsonNode after = api.get(t.pm().token(), meeting).json();
        Response item = api.post(t.pm().token(), meeting + "/actions/" + action + "/work-item", null);
        Response reassigned = api.patch(t.pm().token(), meeting + "/actions/" + action, fields("owner",
                t.engineer().username(), "version", item.number("version")));

        assertThat(after.get("actions").get(0).get("title").asString()).isEqualTo("Hand over the runbook");
        assertThat(after.get("actions").get(0).get("ownerLeft").asBoolean()).isTrue();
        assertThat(after.get("attendees").get(0).get("left").asBoolean()).isTrue();
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        assertThat(api.get(t.pm().token(), "/api/v1/items/" + item.text("item")).text("assignee")).isNull();
        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
        assertThat(reassigned.json().get("ownerLeft").asBoolean()).isFalse();
        assertThat(reassigned.text("owner")).isEqualTo(t.engineer().username());
    }

    @Test
    void decisionsLinkToAnAdrOrAChangeRequestThatExists() {
        Team t = team();
        int adr = (int) api.post(t.pm().token(), "/api/v1/projects/" + t.project() + "/charter/adrs",
                fields("title", "Use PostgreSQL")).number("number");
        String meeting = t.path() + "/" + schedule(t, "none").number("id");

        Response linked = api.post(t.pm().token(), meeting + "/decisions", fields("text", "Keep PostgreSQL", "adr", adr));

        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.number("adr")).isEqualTo(adr);
    }

    @Test
    void theMinutesExportAsMarkdownAndTheMeetingAsAnInvitation() {
        Team t = team();
        String meeting = t.path() + "/" + schedule(t, "weekly").number("id");
        api.send("PUT", meeting + "/minutes", "Bearer " + t.pm().token(), fields("text", "讨论了上线计划。", "version", 0));
        api.post(t.pm().token(), meeting + "/decisions", fields("text", "两周后上线"));

        String markdown = api.markdown(t.pm().token(), meeting + "/minutes");
        Response invitation = api.get(t.engineer().token(), meeting + "/invitation");

        assertThat(markdown).startsWith("# Weekly sync\n").contains("讨论了上线计划。", "- 两周后上线", "Asia/Shanghai");
        assertThat(invitation.status()).isEqualTo(200);
        assertThat(invitation.contentType()).startsWith("text/calendar");
        // long lines are folded: a line break and a space
        assertThat(invitation.body().replace("\r\n ", "")).contains("BEGIN:VEVENT", "DTSTART:20270104T020000Z",
                "METHOD:REQUEST", "ATTENDEE;RSVP=TRUE;ROLE=ATTENDEE;PARTSTAT=NEEDS-ACTION;CN=Auditor:mailto:auditor@partner.example");
    }

    private static Map<String, Object> meetingBody(Object... more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(fields("kind", "other", "title", "Chat",
                "durationMinutes", 30));
        body.putAll(fields(more));
        return body;
    }

    private void expectRefused(int status, String field, Supplier<Response> call) {
        Map<String, Long> before = counts();
        long audit = api.auditHead();
        Response r = call.get();
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        if (field != null) {
            assertThat(r.body()).as(r.toString()).contains(field);
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(api.auditHead()).isEqualTo(audit);
    }

    private Map<String, Long> counts() {
        return api.jdbc().queryForMap("select (select count(*) from meeting) as meetings, "
                        + "(select count(*) from meeting_action) as actions, (select count(*) from meeting_decision) "
                        + "as decisions, (select count(*) from meeting_attendee) as attendees, "
                        + "(select coalesce(sum(minutes_version), 0) from meeting) as minutes").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue()));
    }

    private static Response ok201(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    private static Response ok(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }
}
