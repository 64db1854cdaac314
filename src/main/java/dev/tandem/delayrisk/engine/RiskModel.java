package dev.tandem.delayrisk.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Logistic regression on the {@link Feature}s, trained with Tribuo's SGD trainer. A linear model keeps every
 * prediction explainable: each feature's weight times its (scaled) value is its share of the log-odds.
 */
public final class RiskModel {

    /** Too little history to learn from: below this many finished items, or late ones, the rule is used. */
    public static final int MIN_ROWS = 200;
    public static final int MIN_LATE = 20;
    /** A model whose back-test does no better than this is not put in service. */
    public static final double MIN_AUC = 0.55;
    static final String LATE = "late";
    static final String ON_TIME = "on-time";
    private static final LabelFactory LABELS = new LabelFactory();
    private static final int EPOCHS = 30;
    private static final long SEED = 20_260_101L;

    private final LinearSGDModel model;

    private RiskModel(LinearSGDModel model) {
        this.model = model;
    }

    /** Trains on the rows; refuses with the reason when there are too few to learn from. */
    public static RiskModel train(List<TrainingRow> rows) {
        long late = rows.stream().filter(TrainingRow::late).count();
        if (rows.size() < MIN_ROWS || late < MIN_LATE || rows.size() - late < MIN_LATE) {
            throw new NotEnoughHistory(rows.size(), (int) late);
        }
        return fit(rows);
    }

    private static RiskModel fit(List<TrainingRow> rows) {
        var dataset = new MutableDataset<Label>(new SimpleDataSourceProvenance("finished work items", LABELS), LABELS);
        for (TrainingRow row : rows) {
            dataset.add(example(new Label(row.late() ? LATE : ON_TIME), row.values()));
        }
        var trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), EPOCHS, Integer.MAX_VALUE, 1, SEED);
        return new RiskModel((LinearSGDModel) trainer.train(dataset));
    }

    /**
     * Trains on the earliest 80 % of the rows (by the day they describe) and tests on the rest, so the model is
     * judged on work that came after everything it learned from.
     */
    public static Evaluation backTest(List<TrainingRow> rows) {
        List<TrainingRow> sorted = rows.stream().sorted(Comparator.comparing(TrainingRow::asOf)).toList();
        int cut = (int) (sorted.size() * 0.8);
        while (cut < sorted.size() - 1 && sorted.get(cut).asOf().equals(sorted.get(cut - 1).asOf())) {
            cut++;
        }
        List<TrainingRow> train = sorted.subList(0, cut);
        List<TrainingRow> test = sorted.subList(cut, sorted.size());
        if (test.stream().noneMatch(TrainingRow::late) || test.stream().allMatch(TrainingRow::late)) {
            throw new IllegalArgumentException("The latest 20 % of the finished items are all late or all on time, "
                    + "so a back-test cannot tell how well the model ranks them.");
        }
        RiskModel model = fit(train);
        var testSet = new MutableDataset<Label>(new SimpleDataSourceProvenance("back-test", LABELS), LABELS);
        test.forEach(r -> testSet.add(example(new Label(r.late() ? LATE : ON_TIME), r.values())));
        double auc = new LabelEvaluator().evaluate(model.model, testSet).AUCROC(new Label(LATE));
        double brier = 0;
        int[] count = new int[10];
        double[] predicted = new double[10];
        int[] late = new int[10];
        for (TrainingRow r : test) {
            double p = model.predict(r.values()).probability();
            brier += Math.pow(p - (r.late() ? 1 : 0), 2);
            int bin = Math.min(9, (int) (p * 10));
            count[bin]++;
            predicted[bin] += p;
            late[bin] += r.late() ? 1 : 0;
        }
        List<Evaluation.Bin> bins = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            bins.add(new Evaluation.Bin(b / 10.0, count[b], count[b] == 0 ? 0 : predicted[b] / count[b],
                    count[b] == 0 ? 0 : late[b] / (double) count[b]));
        }
        return new Evaluation(test.getFirst().asOf(), train.size(), test.size(), auc, brier / test.size(), bins);
    }

    /** The probability of finishing late, with each feature's share of the log-odds. */
    public Prediction predict(double[] values) {
        Example<Label> example = example(LABELS.getUnknownOutput(), values);
        var prediction = model.predict(example);
        double probability = prediction.getOutputScores().get(LATE).getScore();
        var scores = model.getExcuse(example).orElseThrow().getScores();
        Map<String, Double> late = asMap(scores.get(LATE));
        Map<String, Double> onTime = asMap(scores.get(ON_TIME));
        List<Factor> factors = new ArrayList<>();
        for (Feature f : Feature.values()) {
            // two-class softmax: the log-odds of "late" is the difference of the two classes' scores
            double c = late.getOrDefault(f.code(), 0.0) - onTime.getOrDefault(f.code(), 0.0);
            factors.add(new Factor(f, values[f.ordinal()], c));
        }
        return new Prediction(probability, factors);
    }

    private static Map<String, Double> asMap(List<com.oracle.labs.mlrg.olcut.util.Pair<String, Double>> pairs) {
        Map<String, Double> map = new java.util.HashMap<>();
        if (pairs != null) {
            pairs.forEach(p -> map.put(p.getA(), p.getB()));
        }
        return map;
    }

    private static Example<Label> example(Label label, double[] values) {
        String[] names = new String[values.length];
        double[] scaled = new double[values.length];
        for (Feature f : Feature.values()) {
            names[f.ordinal()] = f.code();
            scaled[f.ordinal()] = values[f.ordinal()] / f.scale();
        }
        return new ArrayExample<>(label, names, scaled);
    }

    /** Tribuo's protobuf form, for the table of model versions. */
    public byte[] serialize() {
        var out = new ByteArrayOutputStream();
        try {
            model.serializeToStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static RiskModel deserialize(byte[] bytes) {
        try {
            return new RiskModel((LinearSGDModel) Model.deserializeFromStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why training was refused: fewer finished items, or fewer late (or on-time) ones, than the thresholds. */
    public static final class NotEnoughHistory extends RuntimeException {

        public NotEnoughHistory(int rows, int late) {
            super("Too little finished work to learn from: " + rows + " finished items, " + late + " of them late "
                    + "(needs at least " + MIN_ROWS + ", with at least " + MIN_LATE + " late and " + MIN_LATE
                    + " on time).");
        }
    }
}
