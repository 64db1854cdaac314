package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document is public and describes the API's resources and how to authenticate. */
@TandemIntegrationTest
class OpenApiIntegrationTests {

    @Autowired
    Api api;

    @Test
    void describesTheApiWithoutSigningIn() {
        Response r = api.send("GET", "/api/openapi", null, null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("openapi").asString()).startsWith("3.");
        var paths = r.json().get("paths");
        assertThat(paths.has("/api/v1/projects/{key}/items")).isTrue();
        assertThat(paths.get("/api/v1/projects/{key}/items").has("get")).isTrue();
        assertThat(paths.get("/api/v1/projects/{key}/items").has("post")).isTrue();
        assertThat(paths.has("/api/v1/items/{itemKey}/dependencies")).isTrue();
        assertThat(paths.get("/api/v1/items/{itemKey}").has("patch")).isTrue();
        for (String path : new String[] {"/api/v1/projects", "/api/v1/projects/{key}", "/api/v1/projects/{key}/members",
                "/api/v1/items/{itemKey}/comments", "/api/v1/people", "/api/v1/me/tokens", "/api/v1/audit",
                "/api/v1/audit/verify"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.propertyNames()).allMatch(p -> p.startsWith("/api/v1/"));
        for (String format : new String[] {"ms-project", "jira", "csv"}) {
            JsonNode answers = paths.get("/api/v1/projects/{key}/imports/" + format).get("post").get("responses");
            assertThat(answers.get("200").toString()).as(format).contains("ImportReport");
            assertThat(answers.get("202").toString()).as(format).contains("ImportJobView");
        }
    }

    @Test
    void theSignedInPersonIsNotAParameter() {
        var doc = api.send("GET", "/api/openapi", null, null).json();

        List<String> operations = new ArrayList<>();
        List<String> withActor = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            operations.add(operation.getKey() + " " + path.getKey());
            JsonNode parameters = operation.getValue().get("parameters");
            if (parameters != null) {
                parameters.forEach(p -> {
                    if (p.get("name").asString().equals("actor")) {
                        withActor.add(operation.getKey() + " " + path.getKey());
                    }
                });
            }
        }));
        assertThat(operations).hasSizeGreaterThan(50);
        // the audit trail's own filter by who acted, an optional username
        assertThat(withActor).containsExactly("get /api/v1/audit");
        assertThat(doc.get("components").get("schemas").has("Actor")).isFalse();
    }

    @Test
    void operationsNeedAPersonalAccessTokenAndTokenCreationThePassword() {
        var doc = api.send("GET", "/api/openapi", null, null).json();

        var schemes = doc.get("components").get("securitySchemes");
        assertThat(schemes.get("bearer").get("type").asString()).isEqualTo("http");
        assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("basic").get("type").asString()).isEqualTo("http");
        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(doc.get("security").toString()).isEqualTo("[{\"bearer\":[]}]");

        var paths = doc.get("paths");
        assertThat(paths.get("/api/v1/me/tokens").get("post").get("security").toString()).isEqualTo("[{\"basic\":[]}]");
        assertThat(paths.get("/api/v1/projects").get("get").has("security")).isFalse();
    }

    @Test
    void theStepsOfAChangeRequestAreDescribedOneSchemaPerOp() {
        var schemas = api.send("GET", "/api/openapi", null, null).json().get("components").get("schemas");

        String step = schemas.get("ProposedChange").toString();
        assertThat(step).as(step).contains("\"propertyName\":\"op\"");
        for (String kind : new String[] {"SetEstimate", "SetDates", "SetAssignee", "AddItem", "RemoveItem",
                "AddDependency"}) {
            assertThat(step).as(step).contains("#/components/schemas/" + kind);
            assertThat(schemas.has(kind)).as(kind).isTrue();
        }
        assertThat(schemas.get("SetEstimate").toString()).contains("mostLikelyDays").doesNotContain("predecessors");
        assertThat(schemas.has("Unrecognised")).isFalse();
    }
}
