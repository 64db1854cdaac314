package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The OpenAPI document is public and describes the API's resources. */
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
    }
}
