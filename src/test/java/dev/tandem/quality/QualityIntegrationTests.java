package dev.tandem.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Quality reports through the API and the pages, with reports the real tools make while the test runs (PMD's SARIF
 * over Tandem's own sources, JaCoCo's XML of an instrumented class) and recorded Cobertura and LCOV files.
 */
@TandemIntegrationTest
class QualityIntegrationTests {

    private static final String ENGINE = "src/main/java/dev/tandem/quality/engine/";
    private static final String A = ENGINE + "PathMapping.java";
    private static final String B = ENGINE + "FindingDiff.java";
    private static final String C = "src/main/java/dev/tandem/quality/internal/LcovParser.java";

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private Response publish(Person who, String project, String format, String commit, String message, String body,
                             String contentType) {
        return api.send("POST", "/api/v1/projects/" + project + "/quality/reports?format=" + format + "&commit=" + commit
                + (message == null ? "" : "&message=" + Api.encode(message)), "Bearer " + who.token(), contentType, body);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = QualityIntegrationTests.class.getResourceAsStream("/quality/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The number of results of a SARIF log per file name. */
    private Map<String, Integer> resultsPerFile(String sarif) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (JsonNode result : api.json().readTree(sarif).get("runs").get(0).get("results")) {
            String uri = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString();
            counts.merge(uri.substring(uri.lastIndexOf('/') + 1), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void pmdFindingsAreNewOpenOrFixedAcrossCommitsAndRaiseAndPayTechDebt() throws IOException {
        var p = api.projectWithItem();
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        String settings = "/api/v1/projects/" + p.project() + "/quality/settings";
        assertThat(api.send("PUT", settings, "Bearer " + p.pm().token(), Map.of("components",
                "**/quality/engine/** = Engine\n**/quality/internal/** = Parsers", "gateSeverity", "HIGH", "gateMaxNew", 0,
                "debtSeverity", "LOW", "version", 0)).status()).isEqualTo(200);

        String first = RealReports.pmdSarif(dir, List.of(A));
        String second = RealReports.pmdSarif(dir, List.of(A, B));
        String third = RealReports.pmdSarif(dir, List.of(B, C));
        Map<String, Integer> inFirst = resultsPerFile(first);
        Map<String, Integer> inThird = resultsPerFile(third);
        assertThat(inFirst.get("PathMapping.java")).as("PMD finds something in PathMapping.java").isPositive();
        assertThat(inThird.get("LcovParser.java")).as("PMD finds something in LcovParser.java").isPositive();

        Response r1 = publish(engineer, p.project(), "sarif", "c1", null, first, "application/json");
        Response r2 = publish(engineer, p.project(), "sarif", "c2", "Tidy the engine", second, "application/json");
        Response r3 = publish(engineer, p.project(), "sarif", "c3", p.item() + ": parsers", third, "application/json");

        assertThat(r1.status()).as(r1.body()).isEqualTo(201);
        assertThat(r1.json().get("tool").asString()).isEqualTo("PMD");
        assertThat(r1.json().get("newFindings").asInt()).isEqualTo(inFirst.get("PathMapping.java"));
        // second: A's findings again (open), B's new, nothing fixed
        int inB = resultsPerFile(second).getOrDefault("FindingDiff.java", 0);
        assertThat(r2.json().get("openFindings").asInt()).isEqualTo(inFirst.get("PathMapping.java") + inB);
        assertThat(r2.json().get("newFindings").asInt()).isEqualTo(inB);
        assertThat(r2.json().get("fixedFindings").asInt()).isZero();
        // third: A's findings are gone (fixed), C's are new, B's stay open
        assertThat(r3.json().get("fixedFindings").asInt()).isEqualTo(inFirst.get("PathMapping.java"));
        assertThat(r3.json().get("newFindings").asInt()).isEqualTo(inThird.get("LcovParser.java"));
        assertThat(r3.json().get("openFindings").asInt()).isEqualTo(inB + inThird.get("LcovParser.java"));
        assertThat(r3.json().get("previousReport").asLong()).isEqualTo(r2.number("id"));
        assertThat(r3.json().get("items").get(0).asString()).isEqualTo(p.item());

        // per component: the engine's A findings fixed, the parsers' all new
        Map<String, JsonNode> components = new java.util.HashMap<>();
        r3.json().get("components").forEach(c -> components.put(c.get("component").asString(), c));
        assertThat(components.get("Engine").get("fixedFindings").asInt()).isEqualTo(inFirst.get("PathMapping.java"));
        assertThat(components.get("Parsers").get("newFindings").asInt()).isEqualTo(inThird.get("LcovParser.java"));

        // the gate: passed exactly when no new finding is high or critical
        String base = "/api/v1/projects/" + p.project() + "/quality/reports/" + r3.number("id");
        Response fresh = api.get(p.pm().token(), base + "/findings?state=new");
        long blocking = 0;
        for (JsonNode f : fresh.json()) {
            assertThat(f.get("state").asString()).isEqualTo("NEW");
            if (Set.of("HIGH", "CRITICAL").contains(f.get("severity").asString())) {
                blocking++;
            }
        }
        assertThat(fresh.json().size()).isEqualTo(r3.json().get("newFindings").asInt());
        assertThat(r3.json().get("gatePassed").asBoolean()).isEqualTo(blocking == 0);
        Response fixed = api.get(p.pm().token(), base + "/findings?state=fixed&component=Engine");
        assertThat(fixed.json().size()).isEqualTo(inFirst.get("PathMapping.java"));
        fixed.json().forEach(f -> assertThat(f.get("file").asString()).endsWith("PathMapping.java"));

        // tech debt: raised once per fingerprint, paid when the finding went away, the others still open
        long projectId = api.jdbc().queryForObject("select id from project where project_key = ?", Long.class, p.project());
        List<Map<String, Object>> debts = api.jdbc().queryForList(
                "select fingerprint, debt_number, closed from quality_debt where project_id = ?", projectId);
        assertThat(debts).isNotEmpty();
        assertThat(debts.stream().map(d -> d.get("fingerprint")).distinct().count()).isEqualTo(debts.size());
        Set<String> fixedPrints = new HashSet<>(api.jdbc().queryForList(
                "select fingerprint from quality_finding where report_id = ? and state = 'FIXED'", String.class,
                r3.number("id")));
        Map<Integer, String> status = new java.util.HashMap<>();
        api.get(p.pm().token(), "/api/v1/projects/" + p.project() + "/tech-debt").json()
                .forEach(d -> status.put(d.get("number").asInt(), d.get("status").asString()));
        int paid = 0;
        for (Map<String, Object> d : debts) {
            boolean gone = fixedPrints.contains((String) d.get("fingerprint"));
            assertThat((Boolean) d.get("closed")).isEqualTo(gone);
            assertThat(status.get(((Number) d.get("debt_number")).intValue())).isEqualTo(gone ? "PAID" : "OPEN");
            paid += gone ? 1 : 0;
        }
        assertThat(paid).as("the first report's debts were paid").isPositive();
        assertThat(api.jdbc().queryForList("select action from audit_entry where action like 'quality-%' and target like ?",
                String.class, p.project() + "/Q%")).hasSize(3);

        // the report page, the item page and the scorecards show the verdict
        PageSession browser = PageSession.signedIn(port, p.pm().username(), p.pm().password());
        var page = browser.get("/projects/" + p.project() + "/quality/reports/" + r3.number("id"), "Accept-Language", "en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"quality-gate\"", "data-component=\"Engine\"", "data-component=\"Parsers\"",
                "data-state=\"NEW\"");
        assertThat(browser.get("/items/" + p.item()).body()).contains("id=\"quality-gates\"",
                "/projects/" + p.project() + "/quality/reports/" + r3.number("id"));
        assertThat(browser.get("/projects/" + p.project() + "/scorecards").body()).contains("id=\"scorecard-quality\"");
    }

    @Test
    void coverageFromJacocoCoberturaAndLcovMakesATrendAndTheGateWatchesTheDrop() throws Exception {
        var p = api.projectWithItem();
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        RealReports.Jacoco jacoco = RealReports.jacocoXml();
        assertThat(jacoco.linesCovered()).isPositive().isLessThan(jacoco.linesTotal());

        // JaCoCo's XML uploaded on the page, as a person would
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        browser.get("/projects/" + p.project() + "/quality");
        var uploaded = browser.postFile("/projects/" + p.project() + "/quality/reports",
                Map.of("format", "jacoco", "commit", "a1"), "file", "jacoco.xml", jacoco.xml());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
        long jacocoId = Long.parseLong(uploaded.location().substring(uploaded.location().lastIndexOf('/') + 1));
        JsonNode first = api.get(engineer.token(), "/api/v1/projects/" + p.project() + "/quality/reports/" + jacocoId).json();
        assertThat(first.get("linesCovered").asLong()).isEqualTo(jacoco.linesCovered());
        assertThat(first.get("linesTotal").asLong()).isEqualTo(jacoco.linesTotal());
        assertThat(first.get("gatePassed").asBoolean()).isTrue();

        Response cobertura = publish(engineer, p.project(), "cobertura", "a2", null, resource("cobertura.xml"),
                "application/xml");
        Response lcov = publish(engineer, p.project(), "lcov", "a3", null, resource("coverage.info"), "text/plain");
        assertThat(cobertura.status()).as(cobertura.body()).isEqualTo(201);
        assertThat(lcov.status()).as(lcov.body()).isEqualTo(201);
        // both recorded files cover 4 of 6 lines and 2 of 4 branches
        assertThat(cobertura.json().get("lineCoverage").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(lcov.json().get("branchCoverage").decimalValue()).isEqualByComparingTo("50.00");
        java.math.BigDecimal jacocoPercent = first.get("lineCoverage").decimalValue();
        boolean dropped = jacocoPercent.compareTo(new java.math.BigDecimal("66.67")) > 0;
        assertThat(cobertura.json().get("gatePassed").asBoolean()).isEqualTo(!dropped);
        if (dropped) {
            assertThat(cobertura.json().get("gateReasons").get(0).get("code").asString()).isEqualTo("COVERAGE_DROP");
        }
        assertThat(lcov.json().get("gatePassed").asBoolean()).as("66.67%% again is no drop").isTrue();

        Response trend = api.get(engineer.token(), "/api/v1/projects/" + p.project() + "/quality/coverage");
        assertThat(trend.json().size()).isEqualTo(3);
        assertThat(trend.json().get(0).get("report").asLong()).isEqualTo(jacocoId);
        assertThat(trend.json().get(2).get("lineCoverage").decimalValue()).isEqualByComparingTo("66.67");

        var english = browser.get("/projects/" + p.project() + "/quality", "Accept-Language", "en");
        assertThat(english.body()).contains("id=\"quality-coverage-trend\"", "Coverage trend", "<polyline");
        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + "/projects/" + p.project() + "/quality");
        assertThat(browser.get("/projects/" + p.project() + "/quality").body()).contains("覆盖率趋势", "门禁");
    }

    @Test
    void aMalformedOrTruncatedReportIsRefusedNamingWhereAndNothingIsStored() throws IOException {
        var p = api.projectWithItem();
        var before = api.snapshot();
        long reportsBefore = api.jdbc().queryForObject("select count(*) from quality_report", Long.class);
        long findingsBefore = api.jdbc().queryForObject("select count(*) from quality_finding", Long.class);

        // a SARIF log cut off after many results were already read and stored in batches
        StringBuilder cut = new StringBuilder("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"Cut\"}},"
                + "\"results\":[");
        for (int i = 0; i < 2500; i++) {
            cut.append("{\"ruleId\":\"R\",\"message\":{\"text\":\"m").append(i).append("\"}},\n");
        }
        Response truncated = publish(p.pm(), p.project(), "sarif", "bad", null, cut.toString(), "application/json");
        Response xxe = publish(p.pm(), p.project(), "jacoco", "bad", null, resource("xxe-jacoco.xml"), "application/xml");
        Response lcov = publish(p.pm(), p.project(), "lcov", "bad", null, resource("truncated.info"), "text/plain");
        Response format = publish(p.pm(), p.project(), "pdf", "bad", null, "{}", "application/json");

        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.detail()).matches("file line 2501, column \\d+: unexpected end of input");
        assertThat(xxe.status()).isEqualTo(400);
        assertThat(xxe.detail()).contains("not allowed");
        assertThat(lcov.status()).isEqualTo(400);
        assertThat(lcov.detail()).contains("line 4: unexpected end of input");
        assertThat(format.status()).isEqualTo(400);
        assertThat(api.jdbc().queryForObject("select count(*) from quality_report", Long.class)).isEqualTo(reportsBefore);
        assertThat(api.jdbc().queryForObject("select count(*) from quality_finding", Long.class)).isEqualTo(findingsBefore);
        assertThat(api.snapshot().auditHead()).isEqualTo(before.auditHead());
    }

    @Test
    void aReportOverTheLimitGets413BeforeItIsRead() throws IOException {
        var p = api.projectWithItem();
        // the declared length alone is over 100 MB: answered before a byte of the body is sent
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/projects/" + p.project() + "/quality/reports?format=sarif&commit=big HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAuthorization: Bearer " + p.pm().token() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (100L * 1024 * 1024 + 70 * 1024)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void aStreamedReportIsCutOffAtTheLimitWith413AndNothingStored() throws Exception {
        var p = api.projectWithItem();
        long reportsBefore = api.jdbc().queryForObject("select count(*) from quality_report", Long.class);
        long limit = 100L * 1024 * 1024;
        byte[] head = "{\"version\":\"2.1.0\",\"runs\":[".getBytes(StandardCharsets.US_ASCII);
        // no Content-Length (chunked): the size shows only while the log is read, as spaces between its tokens
        InputStream body = new InputStream() {
            private long sent;

            @Override
            public int read() {
                if (sent >= limit + 1024) {
                    return -1;
                }
                int b = sent < head.length ? head[(int) sent] : ' ';
                sent++;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = 0;
                while (n < length) {
                    int b = read();
                    if (b < 0) {
                        return n == 0 ? -1 : n;
                    }
                    buffer[offset + n++] = (byte) b;
                }
                return n;
            }
        };
        var client = java.net.http.HttpClient.newHttpClient();
        var answer = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                        + "/api/v1/projects/" + p.project() + "/quality/reports?format=sarif&commit=stream"))
                .header("Authorization", "Bearer " + p.pm().token()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("larger than the limit of " + limit + " bytes");
        assertThat(api.jdbc().queryForObject("select count(*) from quality_report", Long.class)).isEqualTo(reportsBefore);
    }

    @Test
    void settingsNeedEditProjectAndAStaleVersionGets409() {
        var p = api.projectWithItem();
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        String path = "/api/v1/projects/" + p.project() + "/quality/settings";
        assertThat(api.send("PUT", path, "Bearer " + engineer.token(), Map.of("gateMaxNew", 1, "version", 0)).status())
                .isEqualTo(403);
        Response saved = api.send("PUT", path, "Bearer " + p.pm().token(), Map.of("gateMaxNew", 2,
                "components", "**/a/** = A", "version", 0));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asLong()).isEqualTo(1);
        Response stale = api.send("PUT", path, "Bearer " + p.pm().token(), Map.of("gateMaxNew", 3, "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        Response bad = api.send("PUT", path, "Bearer " + p.pm().token(), Map.of("components", "no equals sign",
                "version", 1));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).contains("line 1");
        List<String> audit = new ArrayList<>(api.jdbc().queryForList("select action from audit_entry where target = ? "
                + "and action like 'quality-%'", String.class, p.project()));
        assertThat(audit).containsExactly("quality-settings.changed");
    }
}
