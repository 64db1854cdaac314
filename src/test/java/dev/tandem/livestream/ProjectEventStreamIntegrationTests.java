package dev.tandem.livestream;

import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.LiveStream;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.WorkItemManagement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@TandemIntegrationTest
class ProjectEventStreamIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    ProjectEventStream stream;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void anOpenStreamHearsOfAChangeMadeAfterItOpened() throws Exception {
        var person = identity.get("admin");
        var admin = new Actor(person.id(), "admin", person.orgRole());
        String key = "E" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        portfolio.createProject(admin, key, "Events " + key, null, null, LocalDate.of(2027, 1, 4));
        String token = identity.issueToken(admin, "events-" + key, 1).token();

        var ready = new CountDownLatch(1);
        var created = new CompletableFuture<String>();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/projects/" + key + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        var stream = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("event:ready")) {
                        ready.countDown();
                    }
                    if (line.startsWith("data:") && line.contains("item.created")) {
                        created.complete(line);
                    }
                }));

        assertThat(ready.await(10, TimeUnit.SECONDS)).as("the stream opened").isTrue();
        var item = items.create(admin, key, new ItemFields("task", "Seen live", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of()));

        String event = created.get(10, TimeUnit.SECONDS);
        assertThat(event).contains(item.key()).contains("\"actor\":\"admin\"");
        stream.cancel(true);
    }

    @Test
    void aPersonRemovedFromTheProjectStopsHearingItsChangesAtTheNextHeartbeat() throws Exception {
        var person = identity.get("admin");
        var admin = new Actor(person.id(), "admin", person.orgRole());
        String key = "E" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        portfolio.createProject(admin, key, "Events " + key, null, null, LocalDate.of(2027, 1, 4));
        String username = "watcher-" + key.toLowerCase();
        var watcher = identity.create(admin, new dev.tandem.identity.PersonDraft(username, "Watcher", username
                + "@example.com", null, null, null, null, null, java.util.List.of()));
        portfolio.addMember(admin, key, username, dev.tandem.portfolio.ProjectRole.ENGINEER);
        var actor = new Actor(watcher.id(), username, null);
        String token = identity.issueToken(actor, "events", 1).token();

        var ready = new CountDownLatch(1);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/projects/" + key + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        var ended = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("event:ready")) {
                        ready.countDown();
                    }
                }));
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();

        portfolio.removeMember(admin, key, username);
        stream.heartbeat();
        // the server ends the stream; the client sees the connection close
        ended.handle((done, closed) -> true).get(10, TimeUnit.SECONDS);
        assertThat(ended).isDone();
    }

    @Test
    void onePersonCannotTakeEveryLiveSlotOfTheServer() {
        var person = identity.get("admin");
        var admin = new Actor(person.id(), "admin", person.orgRole());
        String key = "E" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        portfolio.createProject(admin, key, "Events " + key, null, null, LocalDate.of(2027, 1, 4));
        String username = "tabs-" + key.toLowerCase();
        var tabs = identity.create(admin, new dev.tandem.identity.PersonDraft(username, "Many tabs", username
                + "@example.com", null, null, null, null, null, java.util.List.of()));
        portfolio.addMember(admin, key, username, dev.tandem.portfolio.ProjectRole.ENGINEER);
        var actor = new Actor(tabs.id(), username, null);
        for (int i = 0; i < ProjectEventStream.MAX_SUBSCRIBERS_PER_PERSON; i++) {
            stream.subscribe(new dev.tandem.identity.Credential(actor, null), key);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stream.subscribe(new dev.tandem.identity.Credential(actor, null), key))
                .isInstanceOf(org.springframework.web.server.ResponseStatusException.class)
                .hasMessageContaining("too many live pages");
    }

    /**
     * Ids are taken when a row is written and seen when its transaction commits: a change whose transaction commits
     * after a later change's is still pushed, although the stream has already passed its id.
     */
    @Test
    void aChangeCommittedAfterALaterOneStillReachesTheOpenStream() throws Exception {
        var person = identity.get("admin");
        var admin = new Actor(person.id(), "admin", person.orgRole());
        String key = "E" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        portfolio.createProject(admin, key, "Events " + key, null, null, LocalDate.of(2027, 1, 4));
        long projectId = jdbc.queryForObject("select id from project where project_key = ?", Long.class, key);
        LiveStream live = LiveStream.withToken(port, key, identity.issueToken(admin, "events-" + key, 1).token());
        try {
            assertThat(live.awaitReady(Duration.ofSeconds(10))).as("the stream opened").isTrue();
            try (Connection slow = dataSource.getConnection()) {
                slow.setAutoCommit(false);
                try (var insert = slow.prepareStatement("insert into project_event (project_id, action, item_key, actor, at) "
                        + "values (?, 'test.slow', null, 'admin', current_timestamp)")) {
                    insert.setLong(1, projectId);
                    insert.executeUpdate();
                }
                jdbc.update("insert into project_event (project_id, action, item_key, actor, at) "
                        + "values (?, 'test.fast', null, 'admin', current_timestamp)", projectId);
                assertThat(live.awaitLine("test.fast", Duration.ofSeconds(10)))
                        .as("the later change, committed first, arrives").isPresent();
                slow.commit();
            }
            assertThat(live.awaitLine("test.slow", Duration.ofSeconds(10)))
                    .as("the earlier id, committed after it, arrives too: %s", live.lines()).isPresent();
        } finally {
            live.close();
        }
    }
}
