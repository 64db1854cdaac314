package dev.tandem.workitem.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writers racing each other: optimistic locking lets exactly one edit through; item keys and change-request numbers
 * never repeat; one first baseline wins; readers taking the same weekly snapshot all get their report.
 */
@TandemIntegrationTest
class ConcurrencyIntegrationTests {

    @Autowired
    Api api;

    @Test
    void twoEditsOfTheSameVersionAtOnceExactlyOneWins() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String key = api.newItem(pm.token(), project, "task", "Design");
        long historyBefore = history(key);

        List<Response> answers = race(2, i -> api.patch(pm.token(), "/api/v1/items/" + key,
                Map.of("title", "Title from writer " + i, "version", 0)));

        assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
        Response winner = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        Response loser = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(loser.isProblem()).isTrue();
        assertThat(loser.text("title")).isEqualTo("Stale version");
        Response item = api.get(pm.token(), "/api/v1/items/" + key);
        assertThat(item.text("title")).isEqualTo(winner.text("title")).isIn("Title from writer 0", "Title from writer 1");
        assertThat(item.number("version")).isEqualTo(1);
        assertThat(history(key)).isEqualTo(historyBefore + 1);
        assertThat(api.get(pm.token(), "/api/v1/items/" + key + "/history").texts("", "newValue"))
                .containsExactly(winner.text("title"));
    }

    @Test
    void parallelCreatesInOneProjectGetDistinctConsecutiveKeys() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());

        List<Response> answers = race(10, i -> api.post(pm.token(), "/api/v1/projects/" + project + "/items",
                Map.of("type", "task", "title", "Parallel " + i)));

        assertThat(answers).extracting(Response::status).containsOnly(201);
        List<String> expected = IntStream.rangeClosed(1, 10).mapToObj(n -> project + "-" + n).toList();
        assertThat(answers).extracting(r -> r.text("key")).containsExactlyInAnyOrderElementsOf(expected);
        Response list = api.get(pm.token(), "/api/v1/projects/" + project + "/items?size=50");
        assertThat(list.texts("items", "key")).containsExactlyElementsOf(expected);
        assertThat(list.texts("items", "title")).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, 10).mapToObj(i -> "Parallel " + i).toList());
        Response next = api.post(pm.token(), "/api/v1/projects/" + project + "/items", Map.of("type", "task", "title", "After"));
        assertThat(next.text("key")).isEqualTo(project + "-11");
    }

    @Test
    void parallelDraftsInOneProjectGetDistinctConsecutiveNumbers() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String item = api.newItem(pm.token(), project, "task", "Design");

        List<Response> answers = race(8, i -> api.post(pm.token(), "/api/v1/projects/" + project + "/change-requests",
                Api.fields("title", "Draft " + i, "reason", "Parallel", "changes", List.of(
                        Api.fields("op", "setEstimate", "item", item, "mostLikelyDays", i + 1)))));

        assertThat(answers).extracting(Response::status).containsOnly(201);
        assertThat(answers).extracting(r -> r.text("code"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 8).mapToObj(n -> "CR-" + n).toList());
    }

    @Test
    void parallelRisksInOneProjectGetDistinctConsecutiveNumbers() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());

        List<Response> answers = race(6, i -> api.post(pm.token(), "/api/v1/projects/" + project + "/risks",
                Map.of("title", "Risk " + i, "category", "external", "probability", 2, "impact", 3)));

        assertThat(answers).extracting(Response::status).containsOnly(201);
        assertThat(answers).extracting(r -> r.number("number"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 6).mapToObj(n -> (long) n).toList());
    }

    @Test
    void ofTwoFirstBaselinesCapturedAtOnceExactlyOneIsKept() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        api.newItem(pm.token(), project, "task", "Design");
        api.feasibilitySignedOff(project);

        List<Response> answers = race(4, i -> api.post(pm.token(), "/api/v1/projects/" + project + "/baselines",
                Map.of("name", "Plan " + i)));

        assertThat(answers).extracting(Response::status).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(answers).filteredOn(r -> r.status() == 409).allSatisfy(r -> assertThat(r.isProblem()).isTrue());
        assertThat(api.get(pm.token(), "/api/v1/projects/" + project + "/baselines").json().size()).isEqualTo(1);
    }

    @Test
    void readersTakingThisWeeksSnapshotAtOnceAllGetTheReport() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        api.newItem(pm.token(), project, "task", "Design");

        List<Response> answers = race(6, i -> api.get(pm.token(), "/api/v1/projects/" + project + "/sync-report"));

        assertThat(answers).extracting(Response::status).containsOnly(200);
    }

    private long history(String key) {
        return api.jdbc().queryForObject("select count(*) from work_item_change c join work_item i on i.id = c.work_item_id"
                + " where i.item_key = ?", Long.class, key);
    }

    /** Starts {@code n} calls on their own threads and releases them together. */
    private static List<Response> race(int n, IntFunction<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
