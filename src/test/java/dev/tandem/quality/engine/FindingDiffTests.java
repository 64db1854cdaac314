package dev.tandem.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingDiffTests {

    @Test
    void findingsNotInThePreviousReportAreNewAndThoseGoneAreFixed() {
        // previous: a, b, c; current: b, c, d -> d new, a fixed
        FindingDiff diff = new FindingDiff(Set.of("a", "b", "c"));
        assertThat(diff.admit("b").isNew()).isFalse();
        assertThat(diff.admit("c").isNew()).isFalse();
        assertThat(diff.admit("d").isNew()).isTrue();
        assertThat(diff.newCount()).isEqualTo(1);
        assertThat(diff.fixed()).containsExactly("a");
    }

    @Test
    void repeatedFingerprintsAreCountedInOrder() {
        // previous had the same message twice in a file (x, x#2); now it is there three times: the third is new
        FindingDiff diff = new FindingDiff(Set.of("x", "x#2"));
        assertThat(diff.admit("x")).isEqualTo(new FindingDiff.Admitted("x", false));
        assertThat(diff.admit("x")).isEqualTo(new FindingDiff.Admitted("x#2", false));
        assertThat(diff.admit("x")).isEqualTo(new FindingDiff.Admitted("x#3", true));
        assertThat(diff.fixed()).isEmpty();
    }

    @Test
    void oneOfTwoRepeatsGoneIsOneFixed() {
        FindingDiff diff = new FindingDiff(Set.of("x", "x#2"));
        diff.admit("x");
        assertThat(diff.newCount()).isZero();
        assertThat(diff.fixed()).containsExactly("x#2");
    }

    @Test
    void withoutAPreviousReportEverythingIsNewAndNothingFixed() {
        FindingDiff diff = new FindingDiff(Set.of());
        diff.admit("a");
        diff.admit("b");
        assertThat(diff.newCount()).isEqualTo(2);
        assertThat(diff.fixed()).isEmpty();
    }
}
