package dev.tandem.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Response;
import tools.jackson.databind.JsonNode;

/** Reads the answer of an import: 202 with its job, which the tests' configuration runs before answering. */
final class ImportJobAnswers {

    private ImportJobAnswers() {
    }

    /** The finished job's report as the answer's body, after checking the job ended in {@code state}. */
    static Response report(Response started, String state) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode job = started.json();
        assertThat(job.get("state").asString()).as(started.toString()).isEqualTo(state);
        JsonNode result = job.get("result");
        return new Response(started.status(), started.contentType(), job.toString(), result);
    }
}
