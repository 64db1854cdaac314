package dev.tandem.bench.load;

import io.gatling.app.Gatling$;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load test of a Tandem that is already running on the loopback interface with the demo loaded: prepares the
 * demo people ({@link Fixture}), runs {@link TandemLoadSimulation} with Gatling in this JVM (HTML report under the
 * results folder), prints p50/p95/p99 per request from the report beside the targets, then reads every acknowledged
 * write back ({@link Ledger}) and prints {@code lost writes: N}.
 * <p>
 * It talks only to 127.0.0.1 or localhost, and the simulation has a maximum duration, so it always stops by itself.
 * Usage: {@code LoadTest <base-url> <results-folder>}, with the admin password in {@code TANDEM_ADMIN_PASSWORD};
 * system properties {@code users} (50), {@code durationSeconds} (300), {@code thinkMinMillis} (1000) and
 * {@code thinkMaxMillis} (3000). Exits 1 when a request failed or a write was lost.
 */
public final class LoadTest {

    /** p95 targets in milliseconds, by the request name's kind. */
    private static final double PAGE_TARGET = 200, WRITE_TARGET = 50;

    private static String baseUrl;
    private static Fixture fixture;

    private LoadTest() {
    }

    static String baseUrl() {
        return baseUrl;
    }

    static Fixture fixture() {
        return fixture;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: LoadTest http://127.0.0.1:<port> <results-folder>   (admin password in TANDEM_ADMIN_PASSWORD)");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        if (!"http".equals(uri.getScheme())
                || !("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()))) {
            throw new IllegalArgumentException("The load test only talks to a Tandem on http://127.0.0.1, not " + uri);
        }
        String password = System.getenv("TANDEM_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("Set TANDEM_ADMIN_PASSWORD to the admin password of that Tandem");
        }
        baseUrl = args[0].replaceAll("/+$", "");
        Path results = Path.of(args[1]).toAbsolutePath();
        fixture = Fixture.prepare(baseUrl, password);
        System.out.printf(Locale.ROOT, "Load test: %d users for %d s, as %d demo people on %s%n",
                Integer.getInteger("users", 50), Integer.getInteger("durationSeconds", 300), fixture.people().size(),
                String.join(" and ", fixture.openItems().keySet()));

        int gatling = Gatling$.MODULE$.fromArgs(new String[] {"--simulation", TandemLoadSimulation.class.getName(),
                "--results-folder", results.toString(), "--launcher", "tandem"});

        int errors = printTable(newestReport(results));
        int lost = Ledger.check(baseUrl, fixture.adminAuthorization());
        System.out.printf(Locale.ROOT, "acknowledged writes: %d, version conflicts (409, re-read and retried): %d%n",
                Ledger.acknowledged(), Ledger.conflicts());
        System.out.println("errors: " + errors);
        System.out.println("lost writes: " + lost);
        System.exit(errors > 0 || lost > 0 || gatling != 0 ? 1 : 0);
    }

    private static Path newestReport(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report under " + results));
        }
    }

    private static final Pattern ROW = Pattern.compile("<tr id=\"(req_[^\"]+|ROOT)\".*?class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value \\w+ col-(\\d+)\">([^<]*)</td>");

    /**
     * The per-request table, read from the statistics table of the report's index.html (Gatling 3.15 writes no JSON
     * of it): executions in columns 2 (total) and 4 (KO), then 50th, 95th and 99th percentile and maximum in columns
     * 8, 10, 11 and 12. Returns the number of failed requests.
     */
    private static int printTable(Path report) throws IOException {
        String html = Files.readString(report.resolve("index.html"));
        Matcher rows = ROW.matcher(html);
        List<String[]> lines = new ArrayList<>();
        int errors = 0;
        while (rows.find()) {
            Map<Integer, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(rows.group(3));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
            }
            String name = rows.group(1).equals("ROOT") ? "all requests" : rows.group(2).strip();
            if (!rows.group(1).equals("ROOT")) {
                errors += Integer.parseInt(cells.getOrDefault(4, "0"));
            }
            double target = name.startsWith("page:") ? PAGE_TARGET : name.startsWith("api write:") ? WRITE_TARGET : Double.NaN;
            String p95 = cells.getOrDefault(10, "-");
            String met = Double.isNaN(target) || p95.equals("-") ? "" : Double.parseDouble(p95) <= target ? "yes" : "MISSED";
            lines.add(new String[] {name, cells.getOrDefault(2, "-"), cells.getOrDefault(4, "-"), cells.getOrDefault(8, "-"),
                    p95, cells.getOrDefault(11, "-"), cells.getOrDefault(12, "-"),
                    Double.isNaN(target) ? "" : "<= " + (int) target, met});
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("No statistics table in " + report.resolve("index.html"));
        }
        lines.sort(Comparator.comparing((String[] l) -> l[0].equals("all requests")).thenComparing(l -> l[0]));
        System.out.println();
        System.out.println("Report: " + report.resolve("index.html"));
        String format = "%-36s %7s %6s %8s %8s %8s %8s %8s  %s%n";
        System.out.printf(Locale.ROOT, format, "request", "n", "KO", "p50 ms", "p95 ms", "p99 ms", "max ms", "p95 goal", "met");
        for (String[] line : lines) {
            System.out.printf(Locale.ROOT, format, (Object[]) line);
        }
        return errors;
    }
}
