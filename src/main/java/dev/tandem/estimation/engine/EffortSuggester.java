package dev.tandem.estimation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * k nearest finished items with a weighted median. The similarity of two items is the cosine of their text
 * embeddings, plus {@code typeWeight} when their types are equal and {@code labelWeight} times the Jaccard overlap of
 * their labels; a neighbour's weight is its similarity (floored at 0) raised to {@code exponent}, halved for every
 * {@code halfLife} items finished after it: teams drift in what a point means, so newer work says more about the next
 * item. The median, not the mean, because it minimises absolute error and always lands on a value a team actually used.
 */
public final class EffortSuggester {

    /** How many of the nearest items are shown as the reason. */
    public static final int SHOWN = 3;

    /**
     * The most recently finished items the application compares with. Each is embedded once; 1,000 scores nearly as
     * well on the Deep-SE validation splits as the whole history, 300 clearly worse (docs/benchmarks.md).
     */
    public static final int HISTORY = 1_000;

    /** The settings the application uses, chosen on the Deep-SE validation splits (docs/benchmarks.md). */
    public static final Settings DEFAULTS = new Settings(100, 1.0, 400, 0.1, 0.1);

    /** {@code halfLife} in finished items, positive; {@link #NO_DECAY} weighs old and new work alike. */
    public record Settings(int k, double exponent, double halfLife, double typeWeight, double labelWeight) {

        public static final double NO_DECAY = Double.POSITIVE_INFINITY;

        public Settings {
            if (k < 1 || exponent < 0 || !(halfLife > 0) || typeWeight < 0 || labelWeight < 0) {
                throw new IllegalArgumentException("k must be at least 1, the half-life positive and the weights not negative");
            }
        }
    }

    private final Settings settings;

    public EffortSuggester(Settings settings) {
        this.settings = settings;
    }

    public Suggestion suggest(Query query, List<PastItem> history) {
        List<Match> byPoints = nearest(query, history, PastItem::points);
        if (byPoints.isEmpty()) {
            return new Suggestion(null, null, List.of(), 0, Suggestion.Reason.NO_FINISHED_ITEMS);
        }
        List<Match> byHours = nearest(query, history, PastItem::hours);
        Double hours = byHours.isEmpty() ? null : weightedMedian(byHours, Match::hours);
        return new Suggestion(weightedMedian(byPoints, Match::points), hours,
                byPoints.subList(0, Math.min(SHOWN, byPoints.size())), byPoints.size(), Suggestion.Reason.SIMILAR_ITEMS);
    }

    /**
     * Each item's age from when it was finished: how many of the others were finished later (items finished together
     * share an age). Any comparable time works, a date or an instant.
     */
    public static <T extends Comparable<? super T>> int[] ages(List<T> finished) {
        List<T> ascending = new ArrayList<>(finished);
        ascending.sort(Comparator.naturalOrder());
        int[] ages = new int[finished.size()];
        for (int i = 0; i < ages.length; i++) {
            int from = 0;
            int to = ascending.size();
            while (from < to) {
                int middle = (from + to) >>> 1;
                if (ascending.get(middle).compareTo(finished.get(i)) > 0) {
                    to = middle;
                } else {
                    from = middle + 1;
                }
            }
            ages[i] = ascending.size() - from;
        }
        return ages;
    }

    /** The k most similar items that have the actual, most similar first (ties by key, so the answer is stable). */
    private List<Match> nearest(Query query, List<PastItem> history, Function<PastItem, Double> actual) {
        List<Match> matches = new ArrayList<>();
        for (PastItem item : history) {
            if (actual.apply(item) != null) {
                matches.add(new Match(item.key(), item.title(), item.points(), item.hours(), similarity(query, item),
                        item.age()));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::key));
        return matches.subList(0, Math.min(settings.k(), matches.size()));
    }

    double similarity(Query query, PastItem item) {
        double similarity = cosine(query.vector(), item.vector());
        if (query.type() != null && query.type().equals(item.type())) {
            similarity += settings.typeWeight();
        }
        return similarity + settings.labelWeight() * jaccard(query.labels(), item.labels());
    }

    /** The smallest value at which the neighbours' cumulative weight reaches half the total; equal weights if all are 0. */
    private double weightedMedian(List<Match> neighbours, Function<Match, Double> value) {
        List<Match> sorted = new ArrayList<>(neighbours);
        sorted.sort(Comparator.comparing(value));
        double[] weights = sorted.stream().mapToDouble(this::weight).toArray();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (total == 0) {
            Arrays.fill(weights, 1);
            total = weights.length;
        }
        double cumulative = 0;
        for (int i = 0; i < sorted.size(); i++) {
            cumulative += weights[i];
            if (cumulative >= total / 2) {
                return value.apply(sorted.get(i));
            }
        }
        return value.apply(sorted.getLast());
    }

    private double weight(Match m) {
        return Math.pow(Math.max(m.similarity(), 0), settings.exponent()) * Math.pow(0.5, m.age() / settings.halfLife());
    }

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different models: " + a.length + " and " + b.length + " dimensions");
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) a.stream().filter(b::contains).count() / union.size();
    }
}
