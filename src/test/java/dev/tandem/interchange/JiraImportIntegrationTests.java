package dev.tandem.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Importing Jira's CSV export (src/test/resources/interchange/jira-export.csv: an epic, stories with epic links, a
 * sub-task, repeated Sprint, Labels and Comment columns, Blocks links both ways, a Relates link, a custom status and
 * an assignee who is no member).
 */
@TandemIntegrationTest
class JiraImportIntegrationTests {

    static final String MAPPING = "?statusMap=" + Api.encode("In QA=In review");

    @Autowired
    Api api;

    @Test
    void theExportBecomesItemsWithParentsSprintsLinksLabelsAndComments() {
        var p = project();

        Response imported = ImportJobAnswers.report(upload(p.pm(), p.key(), MAPPING, fixture()), "done");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
        JsonNode report = imported.json();
        assertThat(report.get("created").asInt()).isEqualTo(5);
        assertThat(report.get("linksAdded").asInt()).isEqualTo(1);
        assertThat(report.get("sprintsCreated").asInt()).isEqualTo(2);
        assertThat(report.get("commentsAdded").asInt()).isEqualTo(3);
        assertThat(report.get("unmatchedPeople").toString()).isEqualTo("[\"Someone Else\"]");
        assertThat(report.get("statusMapping").get("In QA").asText()).isEqualTo("In review");
        assertThat(report.get("statusMapping").get("Backlog").asText()).isEqualTo("Backlog");
        assertThat(report.get("typeMapping").get("Sub-task").asText()).isEqualTo("task");
        assertThat(report.get("warnings").toString()).contains("Relates");
        Map<String, JsonNode> items = byJiraKey(p, report);
        assertThat(items.get("PAY-1").get("type").asText()).isEqualTo("epic");
        assertThat(items.get("PAY-2").get("parent").asText()).isEqualTo(items.get("PAY-1").get("key").asText());
        assertThat(items.get("PAY-3").get("parent").asText()).isEqualTo(items.get("PAY-2").get("key").asText());
        assertThat(items.get("PAY-3").get("statusCategory").asText()).isEqualTo("DONE");
        assertThat(items.get("PAY-4").get("status").asText()).isEqualTo("In review");
        assertThat(items.get("PAY-2").get("storyPoints").decimalValue()).isEqualByComparingTo("5");
        assertThat(items.get("PAY-2").get("assignee").asText()).isEqualTo(p.carol());
        assertThat(items.get("PAY-2").get("labels").toString()).contains("backend", "payments");
        assertThat(items.get("PAY-2").get("description").asText()).contains("*Acceptance*: 3-D Secure");
        assertThat(items.get("PAY-4").get("dueDate").asText()).isEqualTo("2027-02-26");
        assertThat(items.get("PAY-5").get("priority").asText()).isEqualTo("highest");
        assertThat(items.get("PAY-5").get("assignee").isNull()).isTrue();
        String pay2 = items.get("PAY-2").get("key").asText();
        String pay4 = items.get("PAY-4").get("key").asText();
        assertThat(api.get(p.pm().token(), "/api/v1/items/" + pay4 + "/dependencies").body())
                .contains("\"predecessor\":\"" + pay2 + "\"", "\"type\":\"FS\"");
        assertThat(api.get(p.pm().token(), "/api/v1/items/" + pay4 + "/comments").body())
                .contains("\\\"Pending\\\" top-ups show greyed out,\\nas in the design.", "carol, 12/Jan/27 9:45 AM (Jira)");
        Response sprints = api.get(p.pm().token(), "/api/v1/projects/" + p.key() + "/sprints");
        assertThat(sprints.body()).contains("PAY Sprint 1", "PAY Sprint 2");
        JsonNode second = null;
        for (JsonNode s : sprints.json()) {
            if (s.get("name").asText().equals("PAY Sprint 2")) {
                second = s;
            }
        }
        assertThat(second.toString()).contains(pay2, pay4);
    }

    @Test
    void importingTheExportAgainUpdatesInsteadOfDuplicating() {
        var p = project();
        upload(p.pm(), p.key(), MAPPING, fixture());

        Response again = ImportJobAnswers.report(upload(p.pm(), p.key(), MAPPING, fixture()), "done");

        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isEqualTo(5);
        assertThat(again.json().get("commentsAdded").asInt()).isZero();
        assertThat(again.json().get("sprintsCreated").asInt()).isZero();
        assertThat(again.json().get("linksAdded").asInt()).isZero();
        assertThat(api.get(p.pm().token(), "/api/v1/projects/" + p.key() + "/items").json().get("total").asInt())
                .isEqualTo(5);
    }

    @Test
    void aDryRunReportsWhatWouldBeCreatedAndWritesNothing() {
        var p = project();
        long audit = api.auditHead();

        Response dryRun = api.unchanged(p.key(), () -> upload(p.pm(), p.key(), MAPPING + "&dryRun=true", fixture()));

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().get("created").asInt()).isEqualTo(5);
        assertThat(dryRun.json().get("rows").get(1).get("line").asInt()).isEqualTo(3);
        assertThat(dryRun.json().get("rows").get(1).get("itemKey").isNull()).isTrue();
        assertThat(api.auditHead()).isEqualTo(audit);
        assertThat(api.get(p.pm().token(), "/api/v1/projects/" + p.key() + "/sprints").body()).doesNotContain("PAY Sprint");
    }

    @Test
    void badRowsAndBadFilesAreRefusedWithTheirLinesAndNothingIsWritten() {
        var p = project();
        String csv = fixture();
        String badPoints = csv.replace("PAY-1,5,,PAY-4", "PAY-1,five,,PAY-4");
        String badMapping = MAPPING.replace("In+review", "Shipped").replace("In%20review", "Shipped");

        Response points = ImportJobAnswers.report(api.unchanged(p.key(), () -> upload(p.pm(), p.key(), "", badPoints)),
                "failed");
        Response html = api.unchanged(p.key(), () -> upload(p.pm(), p.key(), "", "<!doctype html><html><body>Log in</body></html>"));
        Response truncated = api.unchanged(p.key(), () -> upload(p.pm(), p.key(), "", csv.substring(0, csv.indexOf("as in the design."))));
        Response mapping = api.unchanged(p.key(), () -> upload(p.pm(), p.key(), badMapping, csv));

        assertThat(points.status()).isEqualTo(202);
        assertThat(points.body()).contains("not valid, so nothing was imported");
        assertThat(points.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(points.json().get("errors").toString()).contains("PAY-2: the story points “five” are not a number.");
        assertThat(html.status()).isEqualTo(400);
        assertThat(html.body()).contains("not a CSV file", "HTML page");
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.body()).contains("cut short");
        assertThat(mapping.status()).isEqualTo(400);
        assertThat(mapping.body()).contains("Shipped");
    }

    @Test
    void anImportLongerThanOneBatchOfWritesKeepsEveryItemAndLink() {
        var p = project();
        StringBuilder csv = new StringBuilder("Issue key,Issue Type,Status,Summary,Outward issue link (Blocks)\n");
        for (int i = 1; i <= 150; i++) {
            csv.append("BIG-").append(i).append(",Task,To Do,Task ").append(i).append(',')
                    .append(i < 150 ? "BIG-" + (i + 1) : "").append('\n');
        }

        Response imported = ImportJobAnswers.report(upload(p.pm(), p.key(), "", csv.toString()), "done");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
        assertThat(imported.json().get("created").asInt()).isEqualTo(150);
        assertThat(imported.json().get("linksAdded").asInt()).isEqualTo(149);
        assertThat(api.jdbc().queryForObject("select count(*) from dependency where project_id = "
                + "(select id from project where project_key = ?)", Long.class, p.key())).isEqualTo(149);
    }

    record Project(Person pm, String key, String carol, String dan) {
    }

    Project project() {
        Person pm = api.newPerson("PMO");
        String key = api.newProject(pm.token());
        List<String> members = new ArrayList<>();
        for (String name : List.of("Carol Liu", "Dan Zhao")) {
            String username = Api.uniqueUsername();
            assertThat(api.post(api.adminToken(), "/api/v1/people", Api.fields("username", username, "displayName", name,
                    "email", username + "@example.com")).status()).isEqualTo(201);
            api.addMember(key, username, "ENGINEER");
            members.add(username);
        }
        return new Project(pm, key, members.get(0), members.get(1));
    }

    String fixture() {
        try (InputStream in = getClass().getResourceAsStream("/interchange/jira-export.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Response upload(Person person, String project, String query, String body) {
        return api.send("POST", "/api/v1/projects/" + project + "/imports/jira" + query, "Bearer " + person.token(),
                "text/csv", body);
    }

    /** The imported items by their Jira key, from the report's rows. */
    Map<String, JsonNode> byJiraKey(Project p, JsonNode report) {
        Map<String, JsonNode> items = new TreeMap<>();
        report.get("rows").forEach(r -> items.put(r.get("externalKey").asText(),
                api.get(p.pm().token(), "/api/v1/items/" + r.get("itemKey").asText()).json()));
        return items;
    }
}
