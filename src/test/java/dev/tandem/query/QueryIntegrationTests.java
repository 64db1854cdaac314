package dev.tandem.query;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Item queries over a small fixed dataset in two projects: results, order, errors with their position, that nothing
 * of a project the reader cannot see comes back, saved filters private and shared, and the subscription's notice.
 */
@TandemIntegrationTest
class QueryIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    QueryManagement queries;

    @LocalServerPort
    int port;

    /** Project A with a bug, a story and a task; project B with one item the engineer, a member of A only, never sees. */
    private record Dataset(Person pm, Person engineer, Person outsider, String a, String b, String bug, String story,
                           String task, String secret) {
    }

    private Dataset dataset() {
        Person pm = api.newPerson();
        Person engineer = api.newPerson();
        Person outsider = api.newPerson();
        String a = api.newProject(api.adminToken());
        String b = api.newProject(api.adminToken());
        api.addMember(a, pm.username(), "PM");
        api.addMember(a, engineer.username(), "ENGINEER");
        api.addMember(b, outsider.username(), "PM");
        String bug = item(pm, a, fields("type", "bug", "title", "Payment fails twice", "priority", "high",
                "assignee", engineer.username(), "labels", List.of("payments"), "dueDate", "2027-02-01"));
        String story = item(pm, a, fields("type", "story", "title", "支付网关对接", "priority", "medium"));
        String task = item(pm, a, fields("type", "task", "title", "Write the runbook", "priority", "low",
                "assignee", engineer.username(), "estimateHours", 6));
        String secret = item(outsider, b, fields("type", "bug", "title", "Secret payment bug", "priority", "highest",
                "assignee", outsider.username()));
        return new Dataset(pm, engineer, outsider, a, b, bug, story, task, secret);
    }

    private String item(Person who, String project, Map<String, Object> body) {
        return Response.text(api.newItem(who.token(), project, body), "key");
    }

    private List<String> keys(Person who, String query) {
        Response r = api.get(who.token(), "/api/v1/items?size=100&q=" + Api.encode(query));
        assertThat(r.status()).as("%s: %s", query, r).isEqualTo(200);
        return r.texts("items", "key");
    }

    @Test
    void sprintConditionsFollowTheSprintsMembershipAndItsNames() {
        Dataset d = dataset();
        long one = sprint(d, "Sprint One");
        long two = sprint(d, "Sprint Two");
        addTo(d, one, d.bug());
        addTo(d, two, d.task());

        assertThat(keys(d.engineer(), "sprint = \"sprint one\"")).containsExactly(d.bug());
        assertThat(keys(d.engineer(), "sprint in openSprints() order by key")).containsExactly(d.bug(), d.task());
        assertThat(keys(d.engineer(), "sprint is empty")).containsExactly(d.story());

        // back to the backlog: in no open sprint any more, and in no sprint named "Sprint Two"
        Response removed = api.delete(d.pm().token(), "/api/v1/projects/" + d.a() + "/sprints/" + two + "/items/" + d.task()
                + "?version=" + version(d, d.task()));
        assertThat(removed.status()).as("%s", removed).isEqualTo(200);
        assertThat(keys(d.engineer(), "sprint in openSprints()")).containsExactly(d.bug());
        assertThat(keys(d.engineer(), "sprint = \"Sprint Two\"")).isEmpty();
    }

    private long sprint(Dataset d, String name) {
        Response r = api.post(d.pm().token(), "/api/v1/projects/" + d.a() + "/sprints",
                fields("name", name, "startDate", "2027-02-01", "endDate", "2027-02-12"));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.number("id");
    }

    private long version(Dataset d, String itemKey) {
        return api.get(d.pm().token(), "/api/v1/items/" + itemKey).number("version");
    }

    private void addTo(Dataset d, long sprint, String itemKey) {
        Response r = api.post(d.pm().token(), "/api/v1/projects/" + d.a() + "/sprints/" + sprint + "/items",
                fields("item", itemKey, "version", version(d, itemKey)));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
    }

    @Test
    void conditionsOrderAndChineseTextOverTheReadersProjects() {
        Dataset d = dataset();

        assertThat(keys(d.engineer(), "type = bug")).containsExactly(d.bug());
        assertThat(keys(d.engineer(), "assignee = currentUser() ORDER BY priority DESC")).containsExactly(d.bug(), d.task());
        assertThat(keys(d.engineer(), "assignee = currentUser() order by priority asc")).containsExactly(d.task(), d.bug());
        assertThat(keys(d.engineer(), "text ~ \"支付网关\"")).containsExactly(d.story());
        assertThat(keys(d.engineer(), "priority >= medium AND assignee IS EMPTY")).containsExactly(d.story());
        assertThat(keys(d.engineer(), "label = payments or estimate > 5 order by key")).containsExactly(d.bug(), d.task());
        assertThat(keys(d.engineer(), "project = " + d.a() + " and not type in (bug, task)")).containsExactly(d.story());
        assertThat(keys(d.engineer(), "due < 2027-03-01 and due >= 2027-02-01")).containsExactly(d.bug());
        assertThat(keys(d.engineer(), "project = " + d.a() + " and (critical = true or critical = false)"))
                .containsExactlyInAnyOrder(d.bug(), d.story(), d.task());
        assertThat(keys(d.engineer(), "")).containsExactlyInAnyOrder(d.bug(), d.story(), d.task());
    }

    @Test
    void aQueryNeverReturnsOrCountsItemsOfAProjectTheReaderCannotSee() {
        Dataset d = dataset();

        Response everything = api.get(d.engineer().token(), "/api/v1/items?size=100&q=" + Api.encode("text ~ payment"));
        Response named = api.get(d.engineer().token(), "/api/v1/items?q=" + Api.encode("project = " + d.b()));
        Response byKey = api.get(d.engineer().token(), "/api/v1/items?q=" + Api.encode("key = " + d.secret()));

        assertThat(everything.texts("items", "key")).containsExactly(d.bug());
        assertThat(everything.json().get("total").asLong()).isEqualTo(1);
        assertThat(named.json().get("total").asLong()).isZero();
        assertThat(byKey.json().get("total").asLong()).isZero();
        assertThat(keys(d.outsider(), "text ~ payment")).containsExactly(d.secret());
    }

    @Test
    void aMistakeAnswers400WithItsPositionAndChangesNothing() {
        Dataset d = dataset();

        Response unknownField = api.get(d.engineer().token(), "/api/v1/items?q=" + Api.encode("type = bug and\ncolour = red"));
        Response badValue = api.get(d.engineer().token(), "/api/v1/items?q=" + Api.encode("status = Shipped"));
        Response syntax = api.get(d.engineer().token(), "/api/v1/items?q=" + Api.encode("type = bug order priority"));

        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.isProblem()).isTrue();
        assertThat(unknownField.json().get("position").get("line").asInt()).isEqualTo(2);
        assertThat(unknownField.json().get("position").get("column").asInt()).isEqualTo(1);
        assertThat(unknownField.detail()).contains("colour");
        assertThat(badValue.json().get("position").get("column").asInt()).isEqualTo(10);
        assertThat(badValue.detail()).contains("Shipped", "To do");
        assertThat(syntax.json().get("position").get("column").asInt()).isEqualTo(18);

        PageSession page = PageSession.signedIn(port, d.engineer().username(), d.engineer().password());
        var shown = page.get("/items?q=" + Api.encode("type = bug and\ncolour = red"), "Accept-Language", "en");
        assertThat(shown.status()).isEqualTo(400);
        assertThat(shown.body()).contains("There is no field “colour”", "line 2, column 1");
    }

    @Test
    void theItemsPageListsTheMatchesAndSavesTheQueryAsAFilter() {
        Dataset d = dataset();
        PageSession page = PageSession.signedIn(port, d.engineer().username(), d.engineer().password());

        var list = page.get("/items?q=" + Api.encode("assignee = currentUser()"), "Accept-Language", "en");
        var saved = page.post("/filters", Map.of("name", "My work", "q", "assignee = currentUser()", "project", ""));
        long id = api.get(d.engineer().token(), "/api/v1/filters").json().get(0).get("id").asLong();
        var opened = page.get("/items?filter=" + id);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(">" + d.bug() + "<", ">" + d.task() + "<").doesNotContain(">" + d.story() + "<");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(opened.body()).contains("My work", ">" + d.bug() + "<", ">" + d.task() + "<");
        assertThat(page.get("/filters").body()).contains("My work");
    }

    @Test
    void aPrivateFilterIsItsOwnersAndASharedOneIsReadByTheProjectButChangedOnlyByItsOwner() {
        Dataset d = dataset();
        Response mine = api.post(d.engineer().token(), "/api/v1/filters", fields("name", "Mine", "query", "type = bug"));
        Response shared = api.post(d.engineer().token(), "/api/v1/filters",
                fields("name", "Team bugs", "query", "type = bug", "project", d.a()));
        Response elsewhere = api.post(d.engineer().token(), "/api/v1/filters",
                fields("name", "Not mine to share", "query", "type = bug", "project", d.b()));
        long mineId = mine.number("id");
        long sharedId = shared.number("id");

        assertThat(mine.status()).isEqualTo(201);
        assertThat(shared.text("project")).isEqualTo(d.a());
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(api.get(d.pm().token(), "/api/v1/filters/" + mineId).status()).isEqualTo(404);
        assertThat(api.get(d.pm().token(), "/api/v1/filters").texts("", "name")).contains("Team bugs").doesNotContain("Mine");
        assertThat(api.get(d.pm().token(), "/api/v1/filters/" + sharedId + "/items").texts("items", "key"))
                .containsExactly(d.bug());
        assertThat(api.patch(d.pm().token(), "/api/v1/filters/" + sharedId, fields("name", "Taken", "version", 0))
                .status()).isEqualTo(403);
        assertThat(api.get(d.outsider().token(), "/api/v1/filters/" + sharedId).status()).isEqualTo(404);

        Response renamed = api.patch(d.engineer().token(), "/api/v1/filters/" + sharedId,
                fields("name", "Bugs of A", "version", 0));
        Response stale = api.patch(d.engineer().token(), "/api/v1/filters/" + sharedId,
                fields("name", "Lost", "version", 0));
        Response invalid = api.patch(d.engineer().token(), "/api/v1/filters/" + sharedId,
                fields("query", "type = epik", "version", renamed.number("version")));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.text("query")).isEqualTo("type = bug");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("position").get("column").asInt()).isEqualTo(8);
        assertThat(api.get(d.engineer().token(), "/api/v1/filters/" + sharedId).text("name")).isEqualTo("Bugs of A");
        assertThat(api.delete(d.engineer().token(), "/api/v1/filters/" + mineId + "?version=0").status()).isEqualTo(204);
        assertThat(api.auditActionsAfter(0)).contains("filter.created", "filter.changed", "filter.deleted");
    }

    @Test
    void aSubscriberHearsOnceOfItemsThatNewlyMatch() {
        Dataset d = dataset();
        long filter = api.post(d.engineer().token(), "/api/v1/filters",
                fields("name", "Bugs of " + d.a(), "query", "type = bug and project = " + d.a(), "project", d.a())).number("id");
        assertThat(api.send("PUT", "/api/v1/filters/" + filter + "/subscription", "Bearer " + d.pm().token(), null)
                .text("subscribed")).isEqualTo("true");

        String fresh = item(d.engineer(), d.a(), fields("type", "bug", "title", "Refund rounds wrongly"));
        item(d.engineer(), d.a(), fields("type", "task", "title", "Not a bug"));
        queries.checkSubscriptions();
        queries.checkSubscriptions();

        List<String> links = api.get(d.pm().token(), "/api/v1/me/notifications").texts("", "link");
        assertThat(links.stream().filter(l -> l.equals("/items?filter=" + filter))).hasSize(1);
        assertThat(api.get(d.pm().token(), "/api/v1/me/notifications").json().toString())
                .contains("1 new matching items (" + fresh + ")").doesNotContain(d.bug() + ")");
    }

    @Test
    void completionProposesFieldsOperatorsAndTheProjectsValues() {
        Dataset d = dataset();

        Response fields = api.get(d.engineer().token(), "/api/v1/query/suggestions?q=st&caret=2");
        Response operators = api.get(d.engineer().token(), "/api/v1/query/suggestions?q=" + Api.encode("status "));
        Response values = api.get(d.engineer().token(), "/api/v1/query/suggestions?q=" + Api.encode("type = bug and status = "));
        Response people = api.get(d.engineer().token(), "/api/v1/query/suggestions?q=" + Api.encode("assignee in ("));

        assertThat(fields.texts("", "text")).containsExactly("status");
        assertThat(fields.json().get(0).get("from").asInt()).isZero();
        assertThat(operators.texts("", "text")).containsExactly("=", "!=", "in", "not in");
        assertThat(values.texts("", "text")).contains("\"To do\"", "\"In progress\"", "Done");
        assertThat(people.texts("", "text")).contains("currentUser()", d.engineer().username(), d.pm().username())
                .doesNotContain(d.outsider().username());
    }
}
