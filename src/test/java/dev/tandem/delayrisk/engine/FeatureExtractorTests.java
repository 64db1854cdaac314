package dev.tandem.delayrisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.delayrisk.engine.ItemHistory.Change;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Features of hand-built items, each as of a day, so later changes must not leak into an earlier day. */
class FeatureExtractorTests {

    static final LocalDate MON = LocalDate.of(2027, 1, 4);

    static Instant at(String isoDateTime) {
        return Instant.parse(isoDateTime + "Z");
    }

    static ItemHistory item(String key, Map<String, String> current, List<Change> changes, String... predecessors) {
        return new ItemHistory(key, "task", null, at("2027-01-01T08:00:00"), null, null, current, changes,
                List.of(predecessors));
    }

    static Map<String, String> fields(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static FeatureExtractor extractor(ItemHistory... items) {
        return new FeatureExtractor(new ProjectHistory("P", List.of(items), Set.of("Done"), Map.of(), Map.of()));
    }

    @Test
    void floatRunsToTheSuccessorsPlannedStartAsThePlanStoodThatDay() {
        // A finishes Friday 8th; B was planned to start Wednesday 13th until, on the 6th, it was pulled to Monday 11th
        ItemHistory a = item("P-1", fields("plannedStart", "2027-01-04", "plannedFinish", "2027-01-08"), List.of());
        ItemHistory b = item("P-2", fields("plannedStart", "2027-01-11", "plannedFinish", "2027-01-15"),
                List.of(new Change(at("2027-01-06T10:00:00"), "plannedStart", "2027-01-13", "2027-01-11")), "P-1");
        FeatureExtractor features = extractor(a, b);

        assertThat(features.features(a, MON)[Feature.FLOAT_DAYS.ordinal()]).isEqualTo(2);
        assertThat(features.features(a, MON.plusDays(2))[Feature.FLOAT_DAYS.ordinal()]).isEqualTo(0);
        assertThat(features.features(b, MON)[Feature.FAN_IN.ordinal()]).isEqualTo(1);
        assertThat(features.features(b, MON)[Feature.DEPENDENCY_DEPTH.ordinal()]).isEqualTo(1);
    }

    @Test
    void blockedDaysCountWholeDaysOfEverySpellUpToTheDay() {
        ItemHistory a = item("P-1", fields("blocked", "false"), List.of(
                new Change(at("2027-01-04T09:00:00"), "blocked", "false", "true"),
                new Change(at("2027-01-07T09:00:00"), "blocked", "true", "false"),
                new Change(at("2027-01-11T12:00:00"), "blocked", "false", "true")));

        assertThat(FeatureExtractor.blockedDays(a, MON.plusDays(1))).isEqualTo(1);
        assertThat(FeatureExtractor.blockedDays(a, MON.plusDays(5))).isEqualTo(3);
        assertThat(FeatureExtractor.blockedDays(a, MON.plusDays(8))).isEqualTo(4);
    }

    @Test
    void aReopeningCountsFromTheDayItHappened() {
        ItemHistory a = item("P-1", fields("status", "In progress"), List.of(
                new Change(at("2027-01-05T09:00:00"), "status", "In progress", "Done"),
                new Change(at("2027-01-06T09:00:00"), "status", "Done", "In progress")));
        FeatureExtractor features = extractor(a);

        assertThat(features.reopens(a, MON.plusDays(1))).isZero();
        assertThat(features.reopens(a, MON.plusDays(2))).isEqualTo(1);
    }

    @Test
    void churnCountsScopeAndDateChangesAfterCreationOnly() {
        ItemHistory a = item("P-1", fields("estimateHours", "16", "plannedFinish", "2027-01-12"), List.of(
                new Change(at("2027-01-01T08:00:00"), "item", null, "title=A"),
                new Change(at("2027-01-05T09:00:00"), "estimateHours", "8", "16"),
                new Change(at("2027-01-05T10:00:00"), "assignee", null, "wang"),
                new Change(at("2027-01-06T09:00:00"), "plannedFinish", "2027-01-08", "2027-01-12")));

        assertThat(FeatureExtractor.scopeChurn(a, MON)).isZero();
        assertThat(FeatureExtractor.scopeChurn(a, MON.plusDays(1))).isEqualTo(1);
        assertThat(FeatureExtractor.scopeChurn(a, MON.plusDays(2))).isEqualTo(2);
        assertThat(FeatureExtractor.hours(a, MON)).isEqualTo(8);
        assertThat(a.targetAsOf(MON)).isEqualTo(LocalDate.of(2027, 1, 8));
    }

    @Test
    void elapsedAndLateStartFollowThePlannedDates() {
        ItemHistory a = item("P-1", fields("plannedStart", "2027-01-04", "plannedFinish", "2027-01-08"), List.of());

        // Wednesday: two of five planned days gone, and not started two days after the planned start
        assertThat(FeatureExtractor.elapsedRatio(MON, LocalDate.of(2027, 1, 8), MON.plusDays(2))).isEqualTo(0.4);
        assertThat(FeatureExtractor.lateStartDays(a, MON, MON.plusDays(2))).isEqualTo(2);
    }

    @Test
    void loadIsNextWeeksPlannedHoursOverTheHoursLeftAfterLeave() {
        ItemHistory a = item("P-1", fields("assignee", "wang", "estimateHours", "40", "plannedStart", "2027-01-04",
                "plannedFinish", "2027-01-08"), List.of());
        ItemHistory b = item("P-2", fields("assignee", "wang", "estimateHours", "12", "plannedStart", "2027-01-04",
                "plannedFinish", "2027-01-08"), List.of());
        var project = new ProjectHistory("P", List.of(a, b), Set.of("Done"), Map.of("wang", 40.0),
                Map.of("wang", Set.of(LocalDate.of(2027, 1, 7))));

        // 52 planned hours against 32 available (one day of leave): 162 %
        assertThat(new FeatureExtractor(project).assigneeLoad("wang", MON)).isEqualTo(52 / 32.0);
        assertThat(new FeatureExtractor(project).leaveDays("wang", MON, LocalDate.of(2027, 1, 8))).isEqualTo(1);
    }
}
