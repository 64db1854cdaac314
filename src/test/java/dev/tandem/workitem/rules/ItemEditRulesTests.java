package dev.tandem.workitem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ItemEditRulesTests {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    @Test
    void anEstimateIsKeptClearedOrCheckedForRangeAndOneDecimal() {
        assertThat(ItemEditRules.estimate("storyPoints", null, false, FIVE)).as("not given: kept").isEqualTo(FIVE);
        assertThat(ItemEditRules.estimate("storyPoints", BigDecimal.ONE, true, FIVE)).as("cleared wins").isNull();
        assertThat(ItemEditRules.estimate("storyPoints", new BigDecimal("2.50"), false, null))
                .as("2.50 is one decimal place").isEqualByComparingTo("2.5");
        assertThat(ItemEditRules.estimate("storyPoints", BigDecimal.valueOf(10_000), false, null))
                .isEqualByComparingTo("10000");
        assertRefused(() -> ItemEditRules.estimate("storyPoints", new BigDecimal("-0.1"), false, null), "storyPoints");
        assertRefused(() -> ItemEditRules.estimate("estimateHours", new BigDecimal("10000.1"), false, null), "estimateHours");
        assertRefused(() -> ItemEditRules.estimate("estimateHours", new BigDecimal("1.25"), false, null), "estimateHours");
    }

    @Test
    void theThreePointEstimateStaysInOrder() {
        ItemEditRules.threePoint(BigDecimal.ONE, BigDecimal.TWO, FIVE);
        ItemEditRules.threePoint(null, BigDecimal.TWO, null);
        ItemEditRules.threePoint(FIVE, FIVE, FIVE);
        assertRefused(() -> ItemEditRules.threePoint(BigDecimal.TWO, BigDecimal.ONE, FIVE), "optimisticDays");
        assertRefused(() -> ItemEditRules.threePoint(BigDecimal.ONE, FIVE, BigDecimal.TWO), "pessimisticDays");
        assertRefused(() -> ItemEditRules.threePoint(FIVE, null, BigDecimal.TWO), "pessimisticDays");
    }

    @Test
    void datesLieBetween1970And2999AndFinishNotBeforeStart() {
        LocalDate may4 = LocalDate.of(2026, 5, 4);
        assertThat(ItemEditRules.date("dueDate", null, false, may4)).isEqualTo(may4);
        assertThat(ItemEditRules.date("dueDate", null, true, may4)).isNull();
        assertThat(ItemEditRules.date("dueDate", LocalDate.of(2999, 12, 31), false, null)).isEqualTo("2999-12-31");
        assertRefused(() -> ItemEditRules.date("dueDate", LocalDate.of(1969, 12, 31), false, null), "dueDate");
        assertRefused(() -> ItemEditRules.date("plannedStart", LocalDate.of(3000, 1, 1), false, null), "plannedStart");
        ItemEditRules.plannedDates(may4, may4);
        ItemEditRules.plannedDates(null, may4);
        assertRefused(() -> ItemEditRules.plannedDates(may4, may4.minusDays(1)), "plannedFinish");
    }

    @Test
    void textIsStrippedAndBounded() {
        assertThat(ItemEditRules.text("title", "  Pay  ", 255, true)).isEqualTo("Pay");
        assertThat(ItemEditRules.text("description", "   ", 10, false)).as("blank optional text is empty").isNull();
        assertThat(ItemEditRules.text("title", "x".repeat(255), 255, true)).hasSize(255);
        assertRefused(() -> ItemEditRules.text("title", " ", 255, true), "title");
        assertRefused(() -> ItemEditRules.text("title", "x".repeat(256), 255, true), "title");
    }

    @Test
    void labelsAreAtMostTwentyWordsWithoutSpaces() {
        assertThat(ItemEditRules.labels(Set.of(" ui ", "api"))).containsExactly("api", "ui");
        Set<String> twentyOne = new LinkedHashSet<>();
        IntStream.rangeClosed(1, 21).forEach(n -> twentyOne.add("l" + n));
        assertRefused(() -> ItemEditRules.labels(twentyOne), "labels");
        assertRefused(() -> ItemEditRules.labels(Set.of("two words")), "labels");
    }

    @Test
    void scopeAndDatesTouchedNamesOnlyThoseFieldsThatChanged() {
        Map<String, String> before = Map.of("title", "Pay", "status", "To do", "plannedStart", "2026-05-04",
                "assignee", "mei");
        Map<String, String> after = Map.of("title", "Pay by card", "status", "Done", "dueDate", "2026-06-01",
                "assignee", "li");
        assertThat(ItemEditRules.scopeAndDatesTouched(before, after))
                .as("status and assignee are not scope or dates").isEqualTo(List.of("dueDate", "plannedStart", "title"));
        assertThat(ItemEditRules.scopeAndDatesTouched(before, before)).isEmpty();
    }

    private static void assertRefused(Runnable edit, String field) {
        assertThatThrownBy(edit::run).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey(field));
    }
}
