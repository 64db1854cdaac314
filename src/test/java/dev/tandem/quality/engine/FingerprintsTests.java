package dev.tandem.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintsTests {

    @Test
    void theLineNumberIsNotPartOfIt() {
        // the same rule, file and message: the finding moved down when code was added above it
        assertThat(Fingerprints.of("UnusedLocalVariable", "src/A.java", null, "Avoid unused local 'x'", Map.of()))
                .isEqualTo(Fingerprints.of("UnusedLocalVariable", "./src/A.java", null, "Avoid  unused local 'x' ", Map.of()));
    }

    @Test
    void digitsCaseAndWhitespaceAreNormalised() {
        assertThat(Fingerprints.normalise("  Method has 41\tLINES  ")).isEqualTo("method has 0 lines");
    }

    @Test
    void theSnippetWinsOverTheMessage() {
        String a = Fingerprints.of("R", "A.java", "int x = 1;", "message one", null);
        String b = Fingerprints.of("R", "A.java", "int x = 1;", "message two", null);
        assertThat(a).isEqualTo(b);
    }

    @Test
    void anotherRuleOrFileIsAnotherFinding() {
        String base = Fingerprints.of("R", "A.java", null, "m", null);
        assertThat(Fingerprints.of("S", "A.java", null, "m", null)).isNotEqualTo(base);
        assertThat(Fingerprints.of("R", "B.java", null, "m", null)).isNotEqualTo(base);
    }

    @Test
    void theToolsFingerprintsWinOverTheText() {
        String a = Fingerprints.of("R", "A.java", null, "m", Map.of("primaryLocationLineHash", "abc:1"));
        String b = Fingerprints.of("R", "B.java", null, "other", Map.of("primaryLocationLineHash", "abc:1"));
        assertThat(a).isEqualTo(b).hasSize(64);
    }
}
