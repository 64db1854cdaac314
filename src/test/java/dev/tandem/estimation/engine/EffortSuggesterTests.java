package dev.tandem.estimation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.estimation.engine.EffortSuggester.Settings;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EffortSuggesterTests {

    private static final Query QUERY = new Query(new float[] {1, 0}, "STORY", Set.of());

    private static PastItem item(String key, float x, float y, Double points) {
        return item(key, x, y, points, 0);
    }

    private static PastItem item(String key, float x, float y, Double points, int age) {
        return new PastItem(key, "title of " + key, "STORY", Set.of(), new float[] {x, y}, points, null, age);
    }

    @Test
    void suggestsTheSimilarityWeightedMedianOfTheNearestItems() {
        // cosines to the query: A 1.0, B 0.8, C 0.6, D 0.0
        List<PastItem> history = List.of(item("A", 1, 0, 8.0), item("B", 0.8f, 0.6f, 3.0), item("C", 0.6f, 0.8f, 2.0),
                item("D", 0, 1, 13.0));

        // equal weights: the median of 2, 3, 8 is 3
        var unweighted = new EffortSuggester(new Settings(3, 0, Settings.NO_DECAY, 0, 0)).suggest(QUERY, history);
        assertThat(unweighted.points()).isEqualTo(3.0);

        // weights 1, 0.8^4 = 0.4096, 0.6^4 = 0.1296 (total 1.5392): sorted by points 2 (0.1296), 3 (0.5392), 8 (1.5392),
        // half the total (0.7696) is first reached at 8
        var weighted = new EffortSuggester(new Settings(3, 4, Settings.NO_DECAY, 0, 0)).suggest(QUERY, history);
        assertThat(weighted.points()).isEqualTo(8.0);
        assertThat(weighted.similar()).extracting(Match::key).containsExactly("A", "B", "C");
        assertThat(weighted.similar()).extracting(Match::similarity)
                .satisfiesExactly(s -> assertThat(s).isCloseTo(1.0, within(1e-6)), s -> assertThat(s).isCloseTo(0.8, within(1e-6)),
                        s -> assertThat(s).isCloseTo(0.6, within(1e-6)));
        assertThat(weighted.neighbours()).isEqualTo(3);
        assertThat(weighted.reason()).isEqualTo(Suggestion.Reason.SIMILAR_ITEMS);
    }

    @Test
    void newerWorkWeighsMoreButDoesNotChooseTheNeighbours() {
        // cosines to the query: A 1.0, B 0.8, C 0.6, D 0.0; B was finished two items before the others
        List<PastItem> history = List.of(item("A", 1, 0, 8.0, 0), item("B", 0.8f, 0.6f, 3.0, 2), item("C", 0.6f, 0.8f, 2.0, 0),
                item("D", 0, 1, 13.0, 0));

        // without decay: weights 1, 0.8, 0.6 (total 2.4); sorted by points 2 (0.6), 3 (1.4), 8 (2.4): half (1.2) at 3
        var timeless = new EffortSuggester(new Settings(3, 1, Settings.NO_DECAY, 0, 0)).suggest(QUERY, history);
        assertThat(timeless.points()).isEqualTo(3.0);

        // half-life 1 item: B weighs 0.8 * 0.5^2 = 0.2 (total 1.8); sorted 2 (0.6), 3 (0.8), 8 (1.8): half (0.9) at 8
        var recent = new EffortSuggester(new Settings(3, 1, 1, 0, 0)).suggest(QUERY, history);
        assertThat(recent.points()).isEqualTo(8.0);
        assertThat(recent.similar()).extracting(Match::key).containsExactly("A", "B", "C");
        assertThat(recent.similar()).extracting(Match::age).containsExactly(0, 2, 0);
    }

    @Test
    void anItemsAgeIsHowManyWereFinishedAfterIt() {
        var monday = LocalDate.of(2026, 11, 2);
        var finished = List.of(monday.plusDays(2), monday, monday.plusDays(4), monday.plusDays(2), monday.plusDays(1));

        // ascending: Mon, Tue, Wed, Wed, Fri; the two items of Wednesday share an age
        assertThat(EffortSuggester.ages(finished)).containsExactly(1, 4, 0, 1, 3);
        assertThat(EffortSuggester.ages(List.<LocalDate>of())).isEmpty();
    }

    @Test
    void aHalfLifeMustBePositive() {
        assertThatThrownBy(() -> new Settings(10, 1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Settings(10, 1, Double.NaN, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameTypeAndSharedLabelsBringAnItemCloser() {
        var query = new Query(new float[] {1, 0}, "BUG", Set.of("payments", "api"));
        var story = new PastItem("S", "story", "STORY", Set.of(), new float[] {0.9f, 0.1f}, 5.0, null, 0);
        var bug = new PastItem("B", "bug", "BUG", Set.of("payments"), new float[] {0.8f, 0.6f}, 2.0, null, 0);

        var suggestion = new EffortSuggester(new Settings(1, 1, Settings.NO_DECAY, 0.2, 0.2)).suggest(query, List.of(story, bug));

        // S: cos 0.9939; B: cos 0.8 + 0.2 (type) + 0.2 * 1/2 (labels) = 1.1
        assertThat(suggestion.similar()).extracting(Match::key).containsExactly("B");
        assertThat(suggestion.similar().getFirst().similarity()).isCloseTo(1.1, within(1e-6));
        assertThat(suggestion.points()).isEqualTo(2.0);
    }

    @Test
    void learnsNothingFromItemsWithoutAnActual() {
        var unfinished = item("OPEN", 1, 0, null);
        var done = item("DONE", 0.6f, 0.8f, 3.0);

        var suggestion = new EffortSuggester(EffortSuggester.DEFAULTS).suggest(QUERY, List.of(unfinished, done));

        assertThat(suggestion.similar()).extracting(Match::key).containsExactly("DONE");
        assertThat(suggestion.points()).isEqualTo(3.0);
    }

    @Test
    void withoutHistoryThereIsNoSuggestionAndTheReasonSaysWhy() {
        var empty = new EffortSuggester(EffortSuggester.DEFAULTS).suggest(QUERY, List.of());
        var onlyUnfinished = new EffortSuggester(EffortSuggester.DEFAULTS).suggest(QUERY, List.of(item("OPEN", 1, 0, null)));

        for (var suggestion : List.of(empty, onlyUnfinished)) {
            assertThat(suggestion.present()).isFalse();
            assertThat(suggestion.points()).isNull();
            assertThat(suggestion.similar()).isEmpty();
            assertThat(suggestion.reason()).isEqualTo(Suggestion.Reason.NO_FINISHED_ITEMS);
        }
    }

    @Test
    void suggestsHoursOnlyFromItemsWithHoursRecorded() {
        var withHours = new PastItem("H", "h", "STORY", Set.of(), new float[] {0.8f, 0.6f}, 3.0, 12.0, 0);
        var withoutHours = item("P", 1, 0, 5.0);

        var suggestion = new EffortSuggester(new Settings(1, 1, Settings.NO_DECAY, 0, 0)).suggest(QUERY, List.of(withHours, withoutHours));
        var noHours = new EffortSuggester(new Settings(1, 1, Settings.NO_DECAY, 0, 0)).suggest(QUERY, List.of(withoutHours));

        assertThat(suggestion.points()).isEqualTo(5.0);
        assertThat(suggestion.hours()).isEqualTo(12.0);
        assertThat(noHours.hours()).isNull();
    }
}
