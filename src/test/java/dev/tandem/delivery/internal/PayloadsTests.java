package dev.tandem.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.delivery.Hooks;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The recorded payloads read as each provider documents them. */
class PayloadsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant RECEIVED = Instant.parse("2026-12-01T00:00:00Z");

    private static List<Observation> read(Provider provider, String event, String recording) {
        return Payloads.read(provider, event, JSON.readTree(Hooks.recorded(recording, "PAY")), RECEIVED).orElseThrow();
    }

    @Test
    void gitLabTimesWithAndWithoutOffsets() {
        Observation mr = read(Provider.GITLAB, "Merge Request Hook", "gitlab/merge_request.json").getFirst();
        Observation deployment = read(Provider.GITLAB, "Deployment Hook", "gitlab/deployment.json").getFirst();
        Observation pipeline = read(Provider.GITLAB, "Pipeline Hook", "gitlab/pipeline.json").getFirst();

        assertThat(mr.state()).isEqualTo("MERGED");
        assertThat(mr.finishedAt()).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
        assertThat(mr.text()).contains("PAY-2-ledger");
        assertThat(deployment.kind()).isEqualTo(DevEvent.Kind.DEPLOYMENT);
        assertThat(deployment.state()).isEqualTo("SUCCESS");
        assertThat(deployment.environment()).isEqualTo("production");
        assertThat(deployment.finishedAt()).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
        assertThat(pipeline.state()).isEqualTo("FAILED");
        assertThat(pipeline.startedAt()).isEqualTo(Instant.parse("2026-03-04T11:00:05Z"));
        assertThat(pipeline.finishedAt()).isEqualTo(Instant.parse("2026-03-04T11:07:15Z"));
    }

    @Test
    void gitHubPushNamesItsBranchAndCommitsWithTheirTimes() {
        List<Observation> push = read(Provider.GITHUB, "push", "github/push.json");

        assertThat(push).extracting(Observation::kind).containsExactly(DevEvent.Kind.BRANCH, DevEvent.Kind.COMMIT,
                DevEvent.Kind.COMMIT);
        assertThat(push.get(1).state()).isEqualTo("ON_BRANCH");
        assertThat(push.get(1).occurredAt()).isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
        assertThat(push.get(1).title()).isEqualTo("PAY-1 Refund a captured payment");
    }

    @Test
    void anEventNotReadIsEmpty() {
        assertThat(Payloads.read(Provider.GITHUB, "star", JSON.readTree("{}"), RECEIVED)).isEmpty();
        assertThat(Payloads.read(Provider.GITLAB, "Note Hook", JSON.readTree("{}"), RECEIVED)).isEmpty();
    }
}
