package dev.tandem.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingesting a 55 MB SARIF log of 100,000 results, for a Tandem already running on the loopback interface: generates
 * the log ({@link SarifGenerator}), posts it as the raw body of {@code POST /api/v1/projects/{key}/quality/reports}
 * and times each call from the first byte sent to the answer (parsing as it streams in, storing the findings in
 * batches, the per-component figures and the gate, all in one transaction). The second and third calls publish a
 * variant where about 5 % of the results changed, so they also match fingerprints against the previous report and
 * copy the fixed ones. Target: under 30 s a report on the 2-core machine.
 * <p>
 * It starts nothing and talks only to 127.0.0.1 or localhost; every request has a timeout.
 * Usage: {@code QualityBenchmark <base-url>}, with the admin password in {@code TANDEM_ADMIN_PASSWORD}; optional
 * system property {@code results} (100000).
 */
public final class QualityBenchmark {

    private static final Pattern FIELD = Pattern.compile("\"(openFindings|newFindings|fixedFindings)\":(\\d+)");

    private QualityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LoopbackTarget target = LoopbackTarget.fromArguments("QualityBenchmark", args);
        int results = Integer.getInteger("results", 100_000);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String authorization = target.bearerToken(client);
        String key = "BENCHQ";
        HttpResponse<String> project = client.send(HttpRequest.newBuilder(URI.create(target.baseUrl() + "/api/v1/projects"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + key
                        + "\",\"name\":\"Benchmark: quality\",\"startDate\":\"2027-01-04\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (project.statusCode() != 201) {
            throw new IllegalStateException("No project: " + project.statusCode() + " " + project.body());
        }
        Path dir = Files.createTempDirectory("tandem-sarif");
        try {
            Path base = dir.resolve("base.sarif");
            Path variant = dir.resolve("variant.sarif");
            SarifGenerator.write(base, results, 0);
            SarifGenerator.write(variant, results, 50);
            System.out.printf(Locale.ROOT, "SARIF log: %d results, %.1f MB (variant %.1f MB)%n", results,
                    Files.size(base) / 1e6, Files.size(variant) / 1e6);
            Path[] runs = {base, variant, base};
            for (int i = 0; i < runs.length; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(target.baseUrl()
                                + "/api/v1/projects/" + key + "/quality/reports?format=sarif&commit=bench" + i))
                        .timeout(Duration.ofMinutes(5)).header("Authorization", authorization)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(runs[i]))
                        .build(), HttpResponse.BodyHandlers.ofString());
                double seconds = (System.nanoTime() - start) / 1e9;
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("Report " + i + " refused: " + answer.statusCode() + " "
                            + answer.body().substring(0, Math.min(300, answer.body().length())));
                }
                // the report's own figures come first; the components' repeat the names further on
                java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
                Matcher m = FIELD.matcher(answer.body());
                while (m.find()) {
                    found.putIfAbsent(m.group(1), m.group(2));
                }
                StringBuilder figures = new StringBuilder();
                found.forEach((name, value) -> figures.append(' ').append(name).append('=').append(value));
                System.out.printf(Locale.ROOT, "report %d (%s): %.1f s, %.0f results/s;%s%n", i + 1,
                        i == 1 ? "variant" : "base", seconds, results / seconds, figures);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
