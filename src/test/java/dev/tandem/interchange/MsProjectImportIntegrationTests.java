package dev.tandem.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Importing an MS Project file (src/test/resources/interchange/payment-rollout.xml, MSPDI written by MPXJ: summary
 * tasks two levels deep, all four link types with lags, two milestones, a start-no-earlier-than, a deadline and a
 * finish-no-later-than, Spring Festival holidays and a make-up Saturday, three resources of which one is no member)
 * and exporting it again.
 */
@TandemIntegrationTest
class MsProjectImportIntegrationTests {

    static final String SAMPLE = "/interchange/payment-rollout.xml";

    @Autowired
    Api api;

    @Test
    void theSampleFileBecomesItemsLinksAndHolidaysWithTheFilesDates() {
        var p = project();
        Response dryRun = upload(p.pm(), p.key(), "?dryRun=true", sample());
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().get("created").asInt()).isEqualTo(11);
        assertThat(dryRun.json().get("errors")).isEmpty();

        Response imported = ImportJobAnswers.report(upload(p.pm(), p.key(), "", sample()), "done");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
        assertThat(imported.json().get("created").asInt()).isEqualTo(11);
        assertThat(imported.json().get("linksAdded").asInt()).isEqualTo(8);
        assertThat(imported.json().get("calendarDays").asInt()).isEqualTo(3);
        assertThat(imported.json().get("unmatchedPeople").toString()).isEqualTo("[\"Contractor X\"]");
        Map<String, JsonNode> items = byTitle(api.get(p.pm().token(), "/api/v1/projects/" + p.key() + "/items?size=200"));
        assertThat(items.get("Design").get("type").asText()).isEqualTo("epic");
        assertThat(items.get("Backend").get("type").asText()).isEqualTo("feature");
        assertThat(items.get("Payment API").get("parent").asText()).isEqualTo(items.get("Backend").get("key").asText());
        assertThat(items.get("Backend").get("parent").asText()).isEqualTo(items.get("Build").get("key").asText());
        assertThat(items.get("Go live").get("type").asText()).isEqualTo("milestone");
        assertThat(items.get("Go live").get("dueDate").asText()).isEqualTo("2027-03-31");
        assertThat(items.get("Launch preparation").get("dueDate").asText()).isEqualTo("2027-03-26");
        assertThat(items.get("Requirements").get("assignee").asText()).isEqualTo(p.alice());
        assertThat(items.get("Requirements").get("statusCategory").asText()).isEqualTo("DONE");
        assertThat(items.get("Architecture").get("assignee").asText()).isEqualTo(p.bob());
        assertThat(items.get("Requirements").get("description").asText()).startsWith("Gather the requirements");

        assertThat(dates(p.pm(), p.key())).containsEntry("Requirements", "2027-02-01 2027-02-03")
                .containsEntry("Architecture", "2027-02-05 2027-02-10")
                .containsEntry("Payment API", "2027-02-09 2027-02-17")
                .containsEntry("Database schema", "2027-02-15 2027-02-17")
                .containsEntry("Checkout page", "2027-02-01 2027-02-04")
                .containsEntry("Beta ready", "2027-02-17 2027-02-17")
                .containsEntry("Launch preparation", "2027-03-15 2027-03-16")
                .containsEntry("Go live", "2027-03-16 2027-03-16");
        assertThat(links(p.pm(), p.key())).contains("Requirements FS+1 Architecture", "Architecture SS+2 Payment API",
                "Payment API FF+0 Database schema", "Requirements SF+0 Checkout page", "Payment API FS+0 Beta ready");
        Response calendar = api.get(p.pm().token(), "/api/v1/projects/" + p.key() + "/calendar");
        assertThat(calendar.body()).contains("2027-02-11", "2027-02-12", "2027-02-20", "Spring Festival");
    }

    @Test
    void importingTheSameFileAgainUpdatesTheItemsItCreated() {
        var p = project();
        upload(p.pm(), p.key(), "", sample());

        Response again = ImportJobAnswers.report(upload(p.pm(), p.key(), "", sample()), "done");

        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("updated").asInt()).isEqualTo(11);
        assertThat(again.json().get("linksAdded").asInt()).isZero();
        assertThat(byTitle(api.get(p.pm().token(), "/api/v1/projects/" + p.key() + "/items?size=200"))).hasSize(11);
    }

    @Test
    void aDryRunWritesNothing() {
        var p = project();
        long audit = api.auditHead();

        Response dryRun = api.unchanged(p.key(), () -> upload(p.pm(), p.key(), "?dryRun=true", sample()));

        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().get("dryRun").asBoolean()).isTrue();
        assertThat(api.auditHead()).isEqualTo(audit);
        assertThat(api.get(p.pm().token(), "/api/v1/projects/" + p.key() + "/calendar").body())
                .doesNotContain("Spring Festival");
    }

    @Test
    void anExportedPlanImportedIntoAnotherProjectHasTheSameScheduleAndLinks() {
        var a = project();
        upload(a.pm(), a.key(), "", sample());
        Response exported = api.get(a.pm().token(), "/api/v1/projects/" + a.key() + "/exports/ms-project");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/xml");
        assertThat(exported.body()).contains("<Project", "Payment API", "Spring Festival");
        var b = project();

        Response imported = ImportJobAnswers.report(upload(b.pm(), b.key(), "", exported.body()), "done");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(202);
        assertThat(imported.json().get("created").asInt()).isEqualTo(11);
        assertThat(dates(b.pm(), b.key())).isEqualTo(dates(a.pm(), a.key()));
        assertThat(links(b.pm(), b.key())).isEqualTo(links(a.pm(), a.key()));
        Map<String, JsonNode> before = byTitle(api.get(a.pm().token(), "/api/v1/projects/" + a.key() + "/items?size=200"));
        Map<String, JsonNode> after = byTitle(api.get(b.pm().token(), "/api/v1/projects/" + b.key() + "/items?size=200"));
        before.forEach((title, item) -> assertThat(after.get(title).get("type")).as(title).isEqualTo(item.get("type")));
    }

    @Test
    void filesThatAreNotMsProjectFilesAreRefusedAndNothingIsWritten() {
        var p = project();
        String xml = sample();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        Response image = api.unchanged(p.key(), () -> upload(p.pm(), p.key(), "", new String(png, StandardCharsets.ISO_8859_1)));
        Response html = api.unchanged(p.key(), () -> upload(p.pm(), p.key(), "",
                "<!DOCTYPE html><html><body>Sign in</body></html>"));
        Response truncated = api.unchanged(p.key(), () -> upload(p.pm(), p.key(), "", xml.substring(0, xml.length() / 2)));
        Response huge = api.unchanged(p.key(), () -> upload(p.pm(), p.key(), "", "x".repeat(10 * 256 * 1024)));

        assertThat(image.status()).isEqualTo(400);
        assertThat(image.isProblem()).isTrue();
        assertThat(image.body()).contains("not an MS Project file");
        assertThat(html.status()).isEqualTo(400);
        assertThat(html.body()).contains("HTML page");
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.body()).contains("cut short");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.isProblem()).isTrue();
    }

    @Test
    void anEngineerMayNotImportButMayExport() {
        var p = project();
        Person engineer = api.newPerson();
        api.addMember(p.key(), engineer.username(), "ENGINEER");

        Response refused = api.unchanged(p.key(), () -> upload(engineer, p.key(), "", sample()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get(engineer.token(), "/api/v1/projects/" + p.key() + "/exports/ms-project").status())
                .isEqualTo(200);
    }

    // helpers

    record Project(Person pm, String key, String alice, String bob) {
    }

    /** A project whose members include Alice (known by her e-mail) and Bob (known by his name). */
    Project project() {
        Person pm = api.newPerson("PMO");
        String key = api.newProject(pm.token());
        String alice = "achen";
        String bob = Api.uniqueUsername();
        if (api.get(api.adminToken(), "/api/v1/people/" + alice).status() == 404) {
            assertThat(api.post(api.adminToken(), "/api/v1/people", Api.fields("username", alice, "displayName",
                    "A. Chen", "email", "alice.chen@example.com")).status()).isEqualTo(201);
        }
        assertThat(api.post(api.adminToken(), "/api/v1/people", Api.fields("username", bob, "displayName", "Bob Wang",
                "email", bob + "@example.com")).status()).isEqualTo(201);
        api.addMember(key, alice, "ENGINEER");
        api.addMember(key, bob, "ENGINEER");
        return new Project(pm, key, alice, bob);
    }

    String sample() {
        try (InputStream in = getClass().getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Response upload(Person person, String project, String query, String body) {
        return api.send("POST", "/api/v1/projects/" + project + "/imports/ms-project" + query,
                "Bearer " + person.token(), "application/octet-stream", body);
    }

    static Map<String, JsonNode> byTitle(Response items) {
        Map<String, JsonNode> byTitle = new TreeMap<>();
        JsonNode list = items.json().has("items") ? items.json().get("items") : items.json();
        list.forEach(i -> byTitle.put(i.get("title").asText(), i));
        return byTitle;
    }

    Map<String, String> dates(Person person, String project) {
        Map<String, String> dates = new TreeMap<>();
        api.get(person.token(), "/api/v1/projects/" + project + "/schedule").json().get("items")
                .forEach(i -> dates.put(i.get("title").asText(), i.get("start").asText() + " " + i.get("finish").asText()));
        return dates;
    }

    Set<String> links(Person person, String project) {
        Set<String> links = new TreeSet<>();
        api.get(person.token(), "/api/v1/projects/" + project + "/dependencies").json()
                .forEach(d -> links.add(d.get("predecessorTitle").asText() + " " + d.get("type").asText() + "+"
                        + d.get("lagDays").asInt() + " " + d.get("successorTitle").asText()));
        return links;
    }
}
