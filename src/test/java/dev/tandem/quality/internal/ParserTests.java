package dev.tandem.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.quality.engine.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ParserTests {

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream resource(String name) {
        return ParserTests.class.getResourceAsStream("/quality/" + name);
    }

    /** path -> {lines covered, lines, branches covered, branches} */
    private static Map<String, List<Long>> files(java.util.function.Consumer<CoverageSink> parse) {
        Map<String, List<Long>> files = new TreeMap<>();
        parse.accept((path, lc, lt, bc, bt) -> files.put(path, List.of(lc, lt, bc, bt)));
        return files;
    }

    @Test
    void sarifResultsTakeSeverityFromLevelRuleOrSecuritySeverity() {
        String sarif = """
                {"version": "2.1.0", "runs": [{
                  "tool": {"driver": {"name": "CodeQL", "rules": [
                    {"id": "java/sql-injection", "defaultConfiguration": {"level": "error"},
                     "properties": {"security-severity": "9.8"}},
                    {"id": "java/unused", "defaultConfiguration": {"level": "note"}}]}},
                  "results": [
                    {"ruleId": "java/sql-injection", "ruleIndex": 0, "message": {"text": "Query built from input"},
                     "locations": [{"physicalLocation": {"artifactLocation": {"uri": "src/Dao.java"},
                       "region": {"startLine": 42, "snippet": {"text": "stmt.execute(q)"}}}}],
                     "partialFingerprints": {"primaryLocationLineHash": "1234:1"}, "codeFlows": [{"threadFlows": []}]},
                    {"ruleId": "java/unused", "message": {"text": "Unused x"},
                     "locations": [{"physicalLocation": {"artifactLocation": {"uri": "src/A.java"}}}]},
                    {"ruleId": "java/unused", "level": "warning", "message": {"text": "Unused y"}}
                  ]}]}
                """;
        List<RawFinding> found = new ArrayList<>();
        assertThat(SarifParser.parse(text(sarif), found::add)).isEqualTo("CodeQL");
        assertThat(found).extracting(RawFinding::severity)
                .containsExactly(Severity.CRITICAL, Severity.LOW, Severity.MEDIUM);
        RawFinding first = found.getFirst();
        assertThat(first.path()).isEqualTo("src/Dao.java");
        assertThat(first.line()).isEqualTo(42);
        assertThat(first.snippet()).isEqualTo("stmt.execute(q)");
        assertThat(first.toolFingerprints()).containsEntry("partial:primaryLocationLineHash", "1234:1");
        assertThat(found.get(2).path()).isEqualTo("(no file)");
    }

    @Test
    void aTruncatedSarifNamesLineAndColumn() {
        assertThatThrownBy(() -> SarifParser.parse(resource("truncated.sarif"), f -> { }))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageMatching("line 5, column \\d+: unexpected end of input");
    }

    @Test
    void brokenJsonNamesWhere() {
        assertThatThrownBy(() -> SarifParser.parse(text("{\"version\": \"2.1.0\",\n \"runs\": [}"), f -> { }))
                .isInstanceOf(ReportFormatException.class)
                .hasMessage("line 2, column 11: Unexpected close marker '}': expected ']'");
    }

    @Test
    void jsonThatIsNoSarifLogIsRefused() {
        assertThatThrownBy(() -> SarifParser.parse(text("{\"name\": \"x\"}"), f -> { }))
                .hasMessage("not a SARIF log: it has no 'runs'");
        assertThatThrownBy(() -> SarifParser.parse(text("{\"version\": \"1.0.0\", \"runs\": []}"), f -> { }))
                .hasMessage("SARIF version 1.0.0 is not supported; send 2.1.0");
    }

    @Test
    void coberturaMergesInnerClassesAndSkipsMethodLines() {
        Map<String, List<Long>> files = files(sink -> CoberturaParser.parse(resource("cobertura.xml"), sink));
        // Card.java: lines 10, 11, 12 (hit by Card$Token too), 14 -> 3 of 4; branches 1 of 2
        assertThat(files).containsEntry("shop/payment/Card.java", List.of(3L, 4L, 1L, 2L))
                .containsEntry("shop/catalog/Price.java", List.of(1L, 2L, 1L, 2L));
    }

    @Test
    void lcovUsesStatedTotalsOrCountsTheLines() {
        Map<String, List<Long>> files = files(sink -> LcovParser.parse(resource("coverage.info"), sink));
        assertThat(files).containsEntry("/build/shop/src/main/java/shop/payment/Card.java", List.of(3L, 4L, 1L, 2L))
                .containsEntry("/build/shop/src/main/java/shop/catalog/Price.java", List.of(1L, 2L, 1L, 2L));
    }

    @Test
    void aTruncatedLcovRecordIsRefused() {
        assertThatThrownBy(() -> LcovParser.parse(resource("truncated.info"), (p, a, b, c, d) -> { }))
                .hasMessage("line 4: unexpected end of input: the record of "
                        + "/build/shop/src/main/java/shop/payment/Card.java has no end_of_record");
    }

    @Test
    void jacocoRefusesExternalEntities() throws IOException {
        List<String> paths = new ArrayList<>();
        assertThatThrownBy(() -> JacocoParser.parse(resource("xxe-jacoco.xml"), (p, a, b, c, d) -> paths.add(p)))
                .isInstanceOf(ReportFormatException.class).hasMessageContaining("not allowed");
        assertThat(paths).isEmpty();
    }

    @Test
    void jacocoReadsSourceFileCounters() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
                <report name="shop"><package name="shop/payment"><class name="shop/payment/Card" sourcefilename="Card.java">
                <counter type="LINE" missed="9" covered="9"/></class>
                <sourcefile name="Card.java"><line nr="3" mi="0" ci="2" mb="1" cb="1"/>
                <counter type="INSTRUCTION" missed="3" covered="7"/><counter type="BRANCH" missed="1" covered="1"/>
                <counter type="LINE" missed="1" covered="3"/></sourcefile></package>
                <counter type="LINE" missed="1" covered="3"/></report>
                """;
        Map<String, List<Long>> files = files(sink -> JacocoParser.parse(text(xml), sink));
        assertThat(files).containsExactly(Map.entry("shop/payment/Card.java", List.of(3L, 4L, 1L, 2L)));
    }

    @Test
    void malformedXmlNamesWhere() {
        assertThatThrownBy(() -> JacocoParser.parse(text("<report>\n<package name=\"a\">\n</report>"),
                (p, a, b, c, d) -> { })).isInstanceOf(ReportFormatException.class).hasMessageStartingWith("line 3, column");
    }
}
