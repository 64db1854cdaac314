package dev.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An item's skill needs read from its labels. */
class SkillLabelsTests {

    private static final Map<String, String> KNOWN = Map.of("ux design", "UX design", "kotlin", "Kotlin");

    @Test
    void aLabelNamesASkillAndOptionallyItsLevel() {
        assertThat(PlannerManagement.skills(List.of("skill:Kotlin:3", "backend", "skill:Rust"), KNOWN))
                .isEqualTo(Map.of("Kotlin", 3, "Rust", 1));
    }

    @Test
    void underscoresStandForSpacesAndCaseDoesNotMatter() {
        assertThat(PlannerManagement.skills(List.of("skill:ux_DESIGN:2"), KNOWN)).isEqualTo(Map.of("UX design", 2));
    }

    @Test
    void aLevelOutsideOneToFiveCountsAsOneAndTheHighestOfTwoLabelsWins() {
        assertThat(PlannerManagement.skills(List.of("skill:kotlin:9", "SKILL:Kotlin:4", "skill:"), KNOWN))
                .isEqualTo(Map.of("Kotlin", 4));
    }
}
