package dev.tandem.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A project's live event stream as a page or an API client holds it open: it records the lines the server sends
 * and tells when the server has ended the stream.
 */
public final class LiveStream {

    private final CountDownLatch ready = new CountDownLatch(1);
    private final List<Received> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> ended;

    private LiveStream(HttpClient client, HttpRequest.Builder request) {
        ended = client.sendAsync(request.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    response.body().forEach(line -> {
                        lines.add(new Received(line, System.nanoTime()));
                        if (line.startsWith("event:ready")) {
                            ready.countDown();
                        }
                    });
                    return response.statusCode();
                });
    }

    /** A line the server sent and when it arrived ({@link System#nanoTime()}). */
    public record Received(String line, long nanoTime) {
    }

    /** Opens {@code /api/v1/projects/{key}/events} with a personal access token. */
    public static LiveStream withToken(int port, String projectKey, String token) {
        return withToken("http://127.0.0.1:" + port, projectKey, token);
    }

    /** The same on another server: another process, or a load balancer ({@code baseUrl} without a trailing slash). */
    public static LiveStream withToken(String baseUrl, String projectKey, String token) {
        return new LiveStream(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                URI.create(baseUrl + "/api/v1/projects/" + projectKey + "/events"))
                .header("Authorization", "Bearer " + token));
    }

    /** Opens {@code path} with the cookies of a signed-in browser session. */
    static LiveStream withSession(HttpClient client, String url) {
        return new LiveStream(client, HttpRequest.newBuilder(URI.create(url)));
    }

    /** Waits until the server has said the stream is open; false if it did not within the time. */
    public boolean awaitReady(Duration within) throws InterruptedException {
        return ready.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the server ended the stream within the time (true), or it is still open (false). */
    public boolean awaitEnd(Duration within) {
        try {
            ended.handle((status, failure) -> true).get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    public List<String> lines() {
        return lines.stream().map(Received::line).toList();
    }

    /** Waits for the first line that contains {@code text}; empty if none arrived within the time. */
    public Optional<Received> awaitLine(String text, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            Optional<Received> found = lines.stream().filter(r -> r.line().contains(text)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /** Closes the stream from the client's side. */
    public void close() {
        ended.cancel(true);
    }
}
