package dev.tandem.meeting;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The PMO alignment's agenda covers the projects of the meeting's portfolio that the organiser may read, each with
 * its milestones, top risks, open change requests and scorecards; a project of the portfolio the organiser cannot read,
 * and a project of another portfolio, are not on it.
 */
@TandemIntegrationTest
class PmoAlignmentAgendaIntegrationTests {

    @Autowired
    Api api;

    @Test
    void theAgendaCoversTheReadableProjectsOfThePortfolioAndNoOther() {
        String portfolio = "Retail " + Api.uniqueProjectKey();
        String admin = api.adminToken();
        String home = project(admin, portfolio);
        String sibling = project(admin, portfolio);
        String hidden = project(admin, portfolio);
        String elsewhere = project(admin, "Other " + Api.uniqueProjectKey());
        Person organiser = api.newPerson();
        for (String key : new String[] {home, sibling, elsewhere}) {
            api.addMember(key, organiser.username(), "PM");
        }
        Response risk = api.post(organiser.token(), "/api/v1/projects/" + sibling + "/risks", fields("title",
                "Acquirer certification slips", "category", "external", "probability", 4, "impact", 5));
        api.post(admin, "/api/v1/projects/" + hidden + "/risks", fields("title", "Secret merger talks",
                "category", "external", "probability", 5, "impact", 5));
        String milestone = Response.text(api.newItem(organiser.token(), sibling, Map.of("type", "milestone",
                "title", "Pilot stores live", "dueDate", "2027-03-01")), "key");

        Response meeting = api.post(organiser.token(), "/api/v1/projects/" + home + "/meetings", fields("kind",
                "pmo_alignment", "title", "Monthly alignment", "start", "2027-01-04T10:00", "timeZone", "Asia/Shanghai",
                "durationMinutes", 60));
        String agenda = meeting.text("agenda");

        assertThat(risk.status()).as(risk.toString()).isEqualTo(201);
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        assertThat(agenda).contains("## Projects of the portfolio " + portfolio, "### " + home + " ",
                "### " + sibling + " ", "#### Milestones against the baseline", "#### Top risks",
                "#### Open change requests", "#### Technical impact scorecards",
                "- " + milestone + " Pilot stores live", "Acquirer certification slips — score 20",
                "## Open action items from earlier meetings");
        assertThat(agenda).doesNotContain(hidden, "Secret merger talks", elsewhere);
        assertThat(agenda.indexOf("Acquirer certification slips")).isGreaterThan(agenda.indexOf("### " + sibling));
    }

    private String project(String token, String portfolio) {
        String key = Api.uniqueProjectKey();
        Response r = api.post(token, "/api/v1/projects", Map.of("key", key, "name", "Store " + key,
                "portfolio", portfolio, "startDate", "2027-01-04"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return key;
    }
}
