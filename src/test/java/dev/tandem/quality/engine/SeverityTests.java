package dev.tandem.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTests {

    @Test
    void sarifLevelsMapToSeverities() {
        assertThat(Severity.ofSarifLevel("error")).isEqualTo(Severity.HIGH);
        assertThat(Severity.ofSarifLevel("warning")).isEqualTo(Severity.MEDIUM);
        assertThat(Severity.ofSarifLevel(null)).isEqualTo(Severity.MEDIUM);
        assertThat(Severity.ofSarifLevel("note")).isEqualTo(Severity.LOW);
        assertThat(Severity.ofSarifLevel("none")).isEqualTo(Severity.LOW);
    }

    @Test
    void securitySeverityScoresUseGitHubsBands() {
        assertThat(Severity.ofScore(9.0)).isEqualTo(Severity.CRITICAL);
        assertThat(Severity.ofScore(8.9)).isEqualTo(Severity.HIGH);
        assertThat(Severity.ofScore(7.0)).isEqualTo(Severity.HIGH);
        assertThat(Severity.ofScore(4.0)).isEqualTo(Severity.MEDIUM);
        assertThat(Severity.ofScore(3.9)).isEqualTo(Severity.LOW);
    }

    @Test
    void atLeastComparesBySeverity() {
        assertThat(Severity.CRITICAL.atLeast(Severity.HIGH)).isTrue();
        assertThat(Severity.HIGH.atLeast(Severity.HIGH)).isTrue();
        assertThat(Severity.MEDIUM.atLeast(Severity.HIGH)).isFalse();
    }
}
