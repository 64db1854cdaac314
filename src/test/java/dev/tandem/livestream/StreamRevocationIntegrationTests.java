package dev.tandem.livestream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.LiveStream;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A live stream lasts only as long as the right to see the project: revoking the token it was opened with,
 * deactivating its person or removing them from the project ends it at once (the server checks within a quarter
 * of a second; the waits below are generous bounds for a loaded machine), while other people's streams go on.
 */
@TandemIntegrationTest
class StreamRevocationIntegrationTests {

    private static final Duration OPEN = Duration.ofSeconds(10);
    private static final Duration ENDS = Duration.ofSeconds(5);

    @LocalServerPort
    int port;
    @Autowired
    Api api;

    @Test
    void revokingTheTokenEndsOnlyTheStreamsOpenedWithIt() throws Exception {
        String project = api.newProject(api.adminToken());
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        Response issued = api.basic("POST", "/api/v1/me/tokens", engineer.username(), engineer.password(),
                Map.of("name", "board screen", "expiresInDays", 1));
        assertThat(issued.status()).isEqualTo(201);
        LiveStream revoked = open(project, issued.text("token"));
        LiveStream kept = open(project, engineer.token());

        assertThat(api.delete(engineer.token(), "/api/v1/me/tokens/" + issued.number("id")).status()).isEqualTo(204);

        assertThat(revoked.awaitEnd(ENDS)).as("the stream of the revoked token ends").isTrue();
        String key = api.newItem(api.adminToken(), project, "task", "Still heard");
        assertThat(heard(kept, key)).as("the stream of the other token still delivers").isTrue();
        kept.close();
    }

    @Test
    void deactivatingThePersonEndsTheirApiAndPageStreams() throws Exception {
        String project = api.newProject(api.adminToken());
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        LiveStream byToken = open(project, engineer.token());
        var page = new PageSession(port);
        page.signIn(engineer.username(), engineer.password());
        LiveStream bySession = page.stream("/projects/" + project + "/events");
        assertThat(bySession.awaitReady(OPEN)).as("the page stream opened").isTrue();

        long version = api.get(api.adminToken(), "/api/v1/people/" + engineer.username()).number("version");
        Response deactivated = api.patch(api.adminToken(), "/api/v1/people/" + engineer.username(),
                Map.of("active", false, "version", version));
        assertThat(deactivated.status()).isEqualTo(200);

        assertThat(byToken.awaitEnd(ENDS)).as("the API stream ends").isTrue();
        assertThat(bySession.awaitEnd(ENDS)).as("the page stream ends").isTrue();
    }

    @Test
    void removingTheMemberEndsTheirStreamButNotTheOthers() throws Exception {
        String project = api.newProject(api.adminToken());
        Person leaving = api.newPerson();
        Person staying = api.newPerson();
        api.addMember(project, leaving.username(), "ENGINEER");
        api.addMember(project, staying.username(), "ENGINEER");
        LiveStream gone = open(project, leaving.token());
        LiveStream kept = open(project, staying.token());

        assertThat(api.delete(api.adminToken(), "/api/v1/projects/" + project + "/members/" + leaving.username())
                .status()).isEqualTo(204);

        assertThat(gone.awaitEnd(ENDS)).as("the removed member's stream ends").isTrue();
        String key = api.newItem(api.adminToken(), project, "task", "After the removal");
        assertThat(heard(kept, key)).isTrue();
        assertThat(gone.lines()).noneMatch(line -> line.contains(key));
        kept.close();
    }

    private LiveStream open(String project, String token) throws InterruptedException {
        LiveStream stream = LiveStream.withToken(port, project, token);
        assertThat(stream.awaitReady(OPEN)).as("the stream opened").isTrue();
        return stream;
    }

    private static boolean heard(LiveStream stream, String itemKey) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (stream.lines().stream().anyMatch(line -> line.startsWith("data:") && line.contains(itemKey))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
