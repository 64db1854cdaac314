package dev.tandem.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.interchange.internal.ImportJobRetention;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.support.TeamProject;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Imports as jobs: a file of 10,000 rows is written in the background with its progress shown, whole or not at all.
 * The test configuration runs a job on the requesting thread once it is stored, so the large import is started on a
 * thread of the test's own while the test reads the job's progress.
 */
@TandemIntegrationTest
class ImportJobIntegrationTests {

    private static final int ROWS = 10_000;

    @Autowired
    Api api;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportJobRetention retention;
    @Autowired
    InterchangeManagement interchange;
    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @LocalServerPort
    int port;

    @Test
    void tenThousandRowsAreImportedInTheBackgroundWhileTheProgressGoesUp() throws Exception {
        TeamProject team = TeamProject.open(identity, portfolio, "Large import");
        Actor pm = team.admin();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<ImportAnswer> answer = caller.submit(() -> interchange.importCsv(pm, team.key(),
                    csv(ROWS, -1).getBytes(StandardCharsets.UTF_8), false, Map.of()));
            List<Integer> progress = new ArrayList<>();
            Instant started = Instant.now();
            while (!answer.isDone()) {
                UUID id = jobOf(team.key());
                if (id != null) {
                    ImportJobView job = jobs.get(pm, team.key(), id);
                    progress.add(job.done());
                    assertThat(job.total()).isEqualTo(ROWS);
                    assertThat(job.state()).isIn("queued", "running", "done");
                }
                Thread.sleep(500);
            }
            ImportJobView job = answer.get().job();
            System.out.printf("10,000-row CSV import: %d s, progress read %d times, %d different values%n",
                    Duration.between(started, Instant.now()).toSeconds(), progress.size(),
                    progress.stream().distinct().count());

            assertThat(job.state()).isEqualTo("done");
            assertThat(job.done()).isEqualTo(ROWS);
            assertThat(job.result().created()).isEqualTo(ROWS);
            assertThat(job.result().errors()).isEmpty();
            assertThat(items(team.key())).isEqualTo(ROWS);
            assertThat(api.get(api.adminToken(), "/api/v1/items/" + team.key() + "-" + ROWS).json().get("title")
                    .asString()).isEqualTo("Row " + ROWS);
            // read while it ran: the progress only went up, and was seen between the start and the end
            assertThat(progress).isSortedAccordingTo(Integer::compare);
            assertThat(progress).anyMatch(done -> done > 0 && done < ROWS);
            JsonNode again = api.get(api.adminToken(), jobPath(team.key(), job.id())).json();
            assertThat(again.get("state").asString()).isEqualTo("done");
            assertThat(again.get("result").get("rows").size()).isEqualTo(ROWS);
        } finally {
            caller.shutdown();
        }
    }

    @Test
    void aRowRefusedAfterSevenHundredWrittenLeavesNothingAndTheJobSaysWhy() {
        TeamProject team = TeamProject.open(identity, portfolio, "Refused import");
        Actor pm = team.admin();
        Api.DbState before = api.state(team.key());

        ImportJobView job = interchange.importCsv(pm, team.key(), csv(ROWS, 700).getBytes(StandardCharsets.UTF_8),
                false, Map.of()).job();

        assertThat(api.state(team.key())).isEqualTo(before);
        assertThat(items(team.key())).isZero();
        JsonNode read = api.get(api.adminToken(), jobPath(team.key(), job.id())).json();
        assertThat(read.get("state").asString()).isEqualTo("failed");
        assertThat(read.get("reason").asString()).contains("1 row is not valid", "nothing was imported");
        JsonNode errors = read.get("result").get("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(701);  // the header is line 1
        assertThat(errors.get(0).get("message").asString()).contains("Shipped");
        assertThat(read.get("result").get("rows").get(0).get("itemKey").isNull()).isTrue();
    }

    @Test
    void aJobCutShortByAStopIsMarkedFailedWithTheReason() {
        Api.ProjectWithItem p = api.projectWithItem();
        UUID id = UUID.randomUUID();
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(5));
        api.jdbc().update("insert into import_job (id, project_id, running_project_id, person_id, source, state, done, "
                        + "total, created_by, created_at, started_at, heartbeat_at) select ?, p.id, p.id, m.id, 'csv', "
                        + "'running', 300, 1000, m.username, ?, ?, ? from project p, person m where p.project_key = ? "
                        + "and m.username = ?",
                id, Timestamp.from(longAgo), Timestamp.from(longAgo), Timestamp.from(longAgo), p.project(),
                p.pm().username());
        // a second import into the project waits for the one that seems to run
        assertThat(upload(p.pm().token(), p.project(), "Title\nOne more\n").status()).isEqualTo(409);

        assertThat(jobs.failInterrupted()).isGreaterThanOrEqualTo(1);

        JsonNode job = api.get(p.pm().token(), jobPath(p.project(), id)).json();
        assertThat(job.get("state").asString()).isEqualTo("failed");
        assertThat(job.get("reason").asString()).contains("cut short");
        assertThat(job.get("finishedAt").isNull()).isFalse();
        assertThat(upload(p.pm().token(), p.project(), "Title\nOne more\n").status()).isEqualTo(202);
    }

    @Test
    void ofTwoImportsRequestedAtTheSameMomentOneRunsAndTheOtherIsRefusedWithNothingWritten() throws Exception {
        Api.ProjectWithItem p = api.projectWithItem();
        long itemsBefore = items(p.project());
        // large enough that the first import still runs when the second request stores its job
        String file = csv(200, -1);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(callers.submit(() -> {
                    go.await();
                    return upload(p.pm().token(), p.project(), file);
                }));
            }
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }

            assertThat(responses).extracting(Response::status).containsExactlyInAnyOrder(202, 409);
            Response refused = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(refused.json().get("detail").asString()).contains("still running");
            Response started = responses.stream().filter(r -> r.status() == 202).findFirst().orElseThrow();
            assertThat(started.json().get("state").asString()).isEqualTo("done");
            // one job, one import's items: the refused request wrote nothing
            assertThat(api.jdbc().queryForObject("select count(*) from import_job j join project p "
                    + "on p.id = j.project_id where p.project_key = ?", Long.class, p.project())).isEqualTo(1);
            assertThat(items(p.project())).isEqualTo(itemsBefore + 200);
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void finishedJobsAreDeletedOnceOlderThanTheRetentionAndUnfinishedOnesAreKept() {
        Api.ProjectWithItem p = api.projectWithItem();
        Api.ProjectWithItem other = api.projectWithItem();
        Instant now = Instant.now();
        UUID old = job(p, "done", now.minus(Duration.ofDays(31)));
        UUID oldFailed = job(p, "failed", now.minus(Duration.ofDays(45)));
        UUID recent = job(p, "done", now.minus(Duration.ofDays(29)));
        UUID running = job(other, "running", null);

        retention.deleteFinished();

        assertThat(api.get(p.pm().token(), jobPath(p.project(), old)).status()).isEqualTo(404);
        assertThat(api.get(p.pm().token(), jobPath(p.project(), oldFailed)).status()).isEqualTo(404);
        assertThat(api.get(p.pm().token(), jobPath(p.project(), recent)).json().get("state").asString())
                .isEqualTo("done");
        assertThat(api.get(other.pm().token(), jobPath(other.project(), running)).json().get("state").asString())
                .isEqualTo("running");
    }

    /** A job of the project made 60 days ago, finished at {@code finished} (null: still running). */
    private UUID job(Api.ProjectWithItem p, String state, Instant finished) {
        UUID id = UUID.randomUUID();
        Timestamp created = Timestamp.from(Instant.now().minus(Duration.ofDays(60)));
        Timestamp end = finished == null ? null : Timestamp.from(finished);
        api.jdbc().update("insert into import_job (id, project_id, running_project_id, person_id, source, state, done, "
                        + "total, created_by, created_at, started_at, finished_at, heartbeat_at) select ?, p.id, "
                        + "case when ? then p.id end, m.id, 'csv', ?, 1, 1, m.username, ?, ?, ?, ? "
                        + "from project p, person m where p.project_key = ? and m.username = ?",
                id, finished == null, state, created, created, end, finished == null ? Timestamp.from(Instant.now()) : end,
                p.project(), p.pm().username());
        return id;
    }

    @Test
    void onlyThoseWhoMayImportSeeAJobAndItsPageShowsTheResult() {
        Api.ProjectWithItem p = api.projectWithItem();
        Response started = upload(p.pm().token(), p.project(), "Title,Type\nWrite the guide,task\n");
        UUID id = UUID.fromString(started.json().get("id").asString());
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        Person outsider = api.newPerson();

        assertThat(api.get(engineer.token(), jobPath(p.project(), id)).status()).isEqualTo(403);
        assertThat(api.get(outsider.token(), jobPath(p.project(), id)).status()).isEqualTo(404);
        assertThat(api.get(p.pm().token(), jobPath(p.project(), UUID.randomUUID())).status()).isEqualTo(404);

        PageSession page = PageSession.signedIn(port, p.pm().username(), p.pm().password());
        PageSession.Page shown = page.get("/projects/" + p.project() + "/imports/jobs/" + id, "Accept-Language", "en");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("id=\"import-job-status\"", "1 of 1 items", "Done", "The file was imported.",
                "Write the guide");
        assertThat(page.get("/projects/" + p.project() + "/imports/jobs/" + id + "/status").body())
                .contains("id=\"import-job-state\"").doesNotContain("hx-trigger");
    }

    @Test
    void aDryRunOfMoreThanAThousandItemsRunsAsAJobThatWritesNothingAndOffersTheMappingStep() {
        Api.ProjectWithItem p = api.projectWithItem();
        Api.DbState before = api.state(p.project());

        Response large = api.send("POST", "/api/v1/projects/" + p.project() + "/imports/csv?dryRun=true",
                "Bearer " + p.pm().token(), "text/csv", csv(1_001, 700));

        assertThat(large.status()).isEqualTo(202);
        UUID id = UUID.fromString(large.json().get("id").asString());
        JsonNode job = api.get(p.pm().token(), jobPath(p.project(), id)).json();
        assertThat(job.get("dryRun").asBoolean()).isTrue();
        // a dry run that finds a refused row has done its work: the report names the row
        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("reason").isNull()).isTrue();
        JsonNode report = job.get("result");
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        // every row but the refused one would be created; the refused one is named by its line
        assertThat(report.get("rows").size()).isEqualTo(1_000);
        assertThat(report.get("errors").size()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("line").asInt()).isEqualTo(701);
        assertThat(api.state(p.project())).isEqualTo(before);

        // up to a thousand items the report is answered at once, and the project's slot is free again
        Response small = api.send("POST", "/api/v1/projects/" + p.project() + "/imports/csv?dryRun=true",
                "Bearer " + p.pm().token(), "text/csv", csv(1_000, -1));
        assertThat(small.status()).isEqualTo(200);
        assertThat(small.json().get("created").asInt()).isEqualTo(1_000);
        assertThat(api.state(p.project())).isEqualTo(before);

        // on the page, the large file's check leads to its job's page, which shows the report and the mapping step
        PageSession page = PageSession.signedIn(port, p.pm().username(), p.pm().password());
        PageSession.Page uploaded = page.postFile("/projects/" + p.project() + "/imports/upload", Map.of("format",
                "csv"), "file", "large.csv", csv(1_001, -1));
        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(uploaded.location()).contains("/imports/jobs/", "?upload=");
        PageSession.Page shown = page.get(uploaded.location().replace(page.base(), ""), "Accept-Language", "en");
        assertThat(shown.body()).contains("Dry run: CSV", "Dry run: nothing has been written yet",
                "id=\"mapping-form\"", "id=\"import-button\"").doesNotContain("The file was imported.");
        assertThat(items(p.project())).isEqualTo(1);
    }

    /** A CSV of {@code rows} items, each titled by its number; the row {@code badRow} names a status there is not. */
    private static String csv(int rows, int badRow) {
        StringBuilder csv = new StringBuilder("Title,Type,Status\n");
        for (int row = 1; row <= rows; row++) {
            csv.append("Row ").append(row).append(",task,").append(row == badRow ? "Shipped" : "").append('\n');
        }
        return csv.toString();
    }

    private Response upload(String token, String project, String body) {
        return api.send("POST", "/api/v1/projects/" + project + "/imports/csv", "Bearer " + token, "text/csv", body);
    }

    private static String jobPath(String project, UUID id) {
        return "/api/v1/projects/" + project + "/imports/jobs/" + id;
    }

    private UUID jobOf(String project) {
        return api.jdbc().queryForList("select j.id from import_job j join project p on p.id = j.project_id "
                + "where p.project_key = ?", UUID.class, project).stream().findFirst().orElse(null);
    }

    private long items(String project) {
        return api.jdbc().queryForObject("select count(*) from work_item i join project p on p.id = i.project_id "
                + "where p.project_key = ?", Long.class, project);
    }
}
