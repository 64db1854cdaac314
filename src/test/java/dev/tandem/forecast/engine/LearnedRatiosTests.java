package dev.tandem.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedRatiosTests {

    private static List<LearnedRatios.Finished> finished(String type, int count, int planned, int actual) {
        List<LearnedRatios.Finished> history = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            history.add(new LearnedRatios.Finished(type, planned, actual));
        }
        return history;
    }

    @Test
    void withFewerThanTwentyFinishedItemsTheDefaultSpreadOfPointEightToOnePointFiveApplies() {
        LearnedRatios learned = LearnedRatios.of(finished("task", 19, 10, 30));

        DurationDistribution tenDays = learned.distribution("task", 10, 0);

        assertThat(learned.basis("task")).isEqualTo(LearnedRatios.Basis.DEFAULT_SPREAD);
        assertThat(tenDays.min()).isEqualTo(8);
        assertThat(tenDays.max()).isEqualTo(15);
        // the peak of (0.8, 1.0, 1.5): 10 days or fewer is the part below the mode, 0.2 / 0.7 of the whole
        double atMostTen = 0;
        for (int d = 8; d <= 10; d++) {
            atMostTen += tenDays.probability(d);
        }
        assertThat(atMostTen).isCloseTo(0.2 / 0.7, within(1e-9));
    }

    @Test
    void aTypeWithTwentyFinishedItemsResamplesItsOwnRatios() {
        List<LearnedRatios.Finished> history = new ArrayList<>(finished("bug", 10, 2, 2));
        history.addAll(finished("task", 20, 4, 8));
        LearnedRatios learned = LearnedRatios.of(history);

        assertThat(learned.basis("task")).isEqualTo(LearnedRatios.Basis.ITEM_TYPE);
        assertThat(learned.distribution("task", 5, 1).probability(11)).isEqualTo(1.0);
    }

    @Test
    void aTypeWithLittleHistoryFallsBackToTheWholeProject() {
        List<LearnedRatios.Finished> history = new ArrayList<>(finished("bug", 10, 2, 2));
        history.addAll(finished("task", 10, 4, 8));
        LearnedRatios learned = LearnedRatios.of(history);

        DurationDistribution story = learned.distribution("story", 3, 0);

        assertThat(learned.basis("story")).isEqualTo(LearnedRatios.Basis.PROJECT);
        assertThat(story.probability(3)).isCloseTo(0.5, within(1e-9));
        assertThat(story.probability(6)).isCloseTo(0.5, within(1e-9));
    }
}
