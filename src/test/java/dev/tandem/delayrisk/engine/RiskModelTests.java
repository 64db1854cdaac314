package dev.tandem.delayrisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Tribuo model learns a known signal, says which features drove a prediction, and survives serialisation. */
public class RiskModelTests {

    /** Items whose lateness depends on blocked days, load and float only; the other features are noise. */
    public static List<TrainingRow> synthetic(int n, long seed) {
        Random random = new Random(seed);
        List<TrainingRow> rows = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 1, 5);
        for (int i = 0; i < n; i++) {
            double[] v = new double[Feature.values().length];
            for (Feature f : Feature.values()) {
                v[f.ordinal()] = random.nextDouble() * f.scale();
            }
            v[Feature.BLOCKED_DAYS.ordinal()] = random.nextInt(8);
            v[Feature.ASSIGNEE_LOAD.ordinal()] = 0.5 + random.nextDouble();
            v[Feature.FLOAT_DAYS.ordinal()] = random.nextInt(15);
            double logit = -1.5 + 0.6 * v[Feature.BLOCKED_DAYS.ordinal()] + 2.0 * (v[Feature.ASSIGNEE_LOAD.ordinal()] - 1)
                    - 0.25 * v[Feature.FLOAT_DAYS.ordinal()];
            boolean late = random.nextDouble() < 1 / (1 + Math.exp(-logit));
            rows.add(new TrainingRow("S-" + i, day.plusDays(i / 4), v, late));
        }
        return rows;
    }

    @Test
    void theBackTestOnLaterWorkRanksLateItemsFirst() {
        Evaluation e = RiskModel.backTest(synthetic(600, 7));

        assertThat(e.auc()).isGreaterThan(0.7);
        assertThat(e.brier()).isLessThan(0.25);
        assertThat(e.trainRows() + e.testRows()).isEqualTo(600);
        assertThat(e.testFrom()).isAfter(LocalDate.of(2026, 1, 5));
        assertThat(e.calibration()).hasSize(10);
        assertThat(e.calibration().stream().mapToInt(Evaluation.Bin::count).sum()).isEqualTo(e.testRows());
    }

    @Test
    void aPredictionIsExplainedByTheFeaturesThatDroveIt() {
        RiskModel model = RiskModel.train(synthetic(600, 11));
        double[] v = new double[Feature.values().length];
        v[Feature.BLOCKED_DAYS.ordinal()] = 7;
        v[Feature.ASSIGNEE_LOAD.ordinal()] = 1;
        v[Feature.FLOAT_DAYS.ordinal()] = 0;

        Prediction p = model.predict(v);

        assertThat(p.probability()).isGreaterThan(0.6);
        assertThat(p.topReasons(1)).extracting(Factor::feature).containsExactly(Feature.BLOCKED_DAYS);
        v[Feature.BLOCKED_DAYS.ordinal()] = 0;
        v[Feature.FLOAT_DAYS.ordinal()] = 14;
        assertThat(model.predict(v).probability()).isLessThan(p.probability());
    }

    @Test
    void aStoredModelPredictsAsTheTrainedOne() {
        RiskModel model = RiskModel.train(synthetic(300, 3));
        double[] v = synthetic(1, 99).getFirst().values();

        assertThat(RiskModel.deserialize(model.serialize()).predict(v).probability())
                .isCloseTo(model.predict(v).probability(), within(1e-12));
    }

    @Test
    void tooLittleHistoryIsRefusedWithTheReason() {
        assertThatThrownBy(() -> RiskModel.train(synthetic(150, 5)))
                .isInstanceOf(RiskModel.NotEnoughHistory.class)
                .hasMessageContaining("150 finished items").hasMessageContaining("at least 200");
    }
}
