package dev.tandem.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A CSV of items with a column mapping: created, then updated by key (an edited export), bad rows refused by line. */
@TandemIntegrationTest
class ItemCsvImportIntegrationTests {

    @Autowired
    Api api;

    @Test
    void mappedColumnsCreateItemsAndAnEditedExportUpdatesThem() {
        var p = api.projectWithItem();
        String csv = "Kind,Headline,Pts,Who,Deadline,Tags,Notes\n"
                + "story,Refund by card,5," + p.pm().username() + "@example.com,2027-04-01,payments refunds,ignored\n"
                + "bug,Refund rounds down,,,,,\n";
        String mapping = "?columnMap=" + Api.encode("Kind=type") + "&columnMap=" + Api.encode("Headline=title")
                + "&columnMap=" + Api.encode("Pts=storyPoints") + "&columnMap=" + Api.encode("Who=assignee")
                + "&columnMap=" + Api.encode("Deadline=dueDate") + "&columnMap=" + Api.encode("Tags=labels");

        Response created = ImportJobAnswers.report(upload(p.pm().token(), p.project(), mapping, csv), "done");
        String exported = api.get(p.pm().token(), "/api/v1/projects/" + p.project() + "/exports/items.csv").body()
                .replace("Refund rounds down", "Refund rounds half-even");
        Response updated = ImportJobAnswers.report(upload(p.pm().token(), p.project(), "", exported), "done");

        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        assertThat(created.json().get("created").asInt()).isEqualTo(2);
        assertThat(created.json().get("columnMapping").get("Notes").asText()).isEqualTo("ignore");
        var refund = api.get(p.pm().token(), "/api/v1/items/" + p.project() + "-2").json();
        assertThat(refund.get("type").asText()).isEqualTo("story");
        assertThat(refund.get("assignee").asText()).isEqualTo(p.pm().username());
        assertThat(refund.get("dueDate").asText()).isEqualTo("2027-04-01");
        assertThat(refund.get("labels").toString()).contains("payments", "refunds");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(202);
        assertThat(updated.json().get("created").asInt()).isZero();
        assertThat(updated.json().get("updated").asInt()).isEqualTo(3);
        assertThat(api.get(p.pm().token(), "/api/v1/items/" + p.project() + "-3").json().get("title").asText())
                .isEqualTo("Refund rounds half-even");
    }

    @Test
    void badRowsAreRefusedByLineAndNothingIsWritten() {
        var p = api.projectWithItem();
        String csv = "Type,Title,Story points,Due date,Status\n"
                + "task,Fine,1,2027-01-01,Backlog\n"
                + "task,Bad points,lots,,Backlog\n"
                + "task,Bad date,,next week,Backlog\n"
                + "task,Bad status,,,Shipped\n";

        Response refused = ImportJobAnswers.report(api.unchanged(p.project(),
                () -> upload(p.pm().token(), p.project(), "", csv)), "failed");

        assertThat(refused.status()).isEqualTo(202);
        assertThat(refused.body()).contains("3 rows are not valid, so nothing was imported");
        assertThat(refused.json().get("errors").findValues("line")).extracting(JsonNode::asInt)
                .containsExactly(3, 4, 5);
        assertThat(refused.json().get("errors").toString()).contains("“lots” are not a number",
                "“next week” is not a date", "Shipped");
    }

    Response upload(String token, String project, String query, String body) {
        return api.send("POST", "/api/v1/projects/" + project + "/imports/csv" + query, "Bearer " + token,
                "text/csv", body);
    }
}
