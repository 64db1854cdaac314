package dev.tandem.bench.ai;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.tandem.estimation.engine.EffortSuggester;
import dev.tandem.estimation.engine.EffortSuggester.Settings;
import dev.tandem.estimation.engine.ItemText;
import dev.tandem.estimation.engine.PastItem;
import dev.tandem.estimation.engine.Query;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Mean absolute error of Tandem's effort suggester per Deep-SE project (within-project, the published splits): the
 * suggester learns from the train split, its settings are chosen on the validation split, and it is scored once on
 * the test split learning from train + validation. Beside it: the Mean and Median baselines on the same splits and
 * the published Deep-SE and GPT2SP figures. Embeddings are cached in bench/target/embeddings, so a second run is quick.
 * The dataset has no dates, but each project's rows (and so its splits) are in time order: an issue's age, the number
 * of history issues after it, stands in for how long ago it was finished.
 *
 * <p>Run with {@code ./tandem bench ai}; the dataset folder is $TANDEM_DATASETS/deep-se-storypoints, else
 * ../shared/datasets/deep-se-storypoints relative to the repository. With the argument {@code --validation-only} it
 * chooses the settings and prints their validation figures without scoring the test split, for trying
 * variants. After the test table it prints, as a bound and not a result, the best setting of the grid on each test split.
 */
public final class StoryPointBenchmark {

    private static final int[] KS = {1, 3, 5, 10, 20, 30, 50, 100, 200};
    private static final double[] EXPONENTS = {0, 1, 2, 4, 8};
    private static final double[] HALF_LIVES = {Settings.NO_DECAY, 50, 100, 200, 400, 800};
    /** The largest k tried; the suggester sees each query's 200 most similar texts, which hold any k nearest. */
    private static final int SHORTLIST = 200;

    record Issue(String key, String title, String text, double points, String split, float[] vector) {
    }

    record Project(String name, List<Issue> issues) {
        List<Issue> split(String... marks) {
            return issues.stream().filter(i -> Arrays.asList(marks).contains(i.split())).toList();
        }
    }

    record Published(double gpt2sp, double deepSe, double median, double mean) {
    }

    public static void main(String[] args) throws IOException {
        Path folder = datasets().resolve("deep-se-storypoints");
        if (!Files.isDirectory(folder.resolve("marked_data"))) {
            throw new IllegalStateException("no Deep-SE dataset at " + folder.toAbsolutePath()
                    + "; set TANDEM_DATASETS to the folder that holds deep-se-storypoints");
        }
        Map<String, Published> published = published(folder.resolve("published_results/within_proj_data.csv"));
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<Project> projects = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.resolve("marked_data"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                projects.add(load(file, model));
            }
        }

        // Settings shared by all projects (the application's defaults come from here): the ones with the lowest
        // validation MAE relative to the validation Median baseline, averaged over the projects.
        Settings best = null;
        double bestScore = Double.MAX_VALUE;
        Map<String, Map<Settings, Double>> validation = new LinkedHashMap<>();
        for (Project p : projects) {
            validation.put(p.name(), errors(p.split("train"), p.split("val")));
        }
        for (Settings s : validation.values().iterator().next().keySet()) {
            double score = projects.stream().mapToDouble(p -> validation.get(p.name()).get(s)
                    / baselineMae(p.split("train"), p.split("val"), StoryPointBenchmark::median)).average().orElseThrow();
            if (score < bestScore) {
                bestScore = score;
                best = s;
            }
        }
        System.out.printf(Locale.ROOT, "settings chosen on validation: k=%d, exponent=%.0f, half-life=%s (mean ratio to the"
                + " Median baseline %.4f)%n%n", best.k(), best.exponent(), halfLife(best), bestScore);
        System.out.println("| project | validation issues | Tandem | Mean | Median | beats both baselines |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        int validationWins = 0;
        for (Project p : projects) {
            double tandem = validation.get(p.name()).get(best);
            double mean = baselineMae(p.split("train"), p.split("val"), StoryPointBenchmark::mean);
            double median = baselineMae(p.split("train"), p.split("val"), StoryPointBenchmark::median);
            boolean win = tandem < mean && tandem < median;
            validationWins += win ? 1 : 0;
            System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %s |%n", p.name(), p.split("val").size(), tandem,
                    mean, median, win ? "yes" : "no");
        }
        System.out.printf(Locale.ROOT, "%non validation better than both baselines on %d of %d projects%n%n", validationWins,
                projects.size());
        if (Arrays.asList(args).contains("--validation-only")) {
            return;
        }
        System.out.printf(Locale.ROOT, "| project | test issues | Tandem | Tandem, last %,d (as the application) | Mean | Median |"
                + " Deep-SE (published) | GPT2SP (published) | beats both baselines | the same, last %,d |%n",
                EffortSuggester.HISTORY, EffortSuggester.HISTORY);
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|---|");
        int wins = 0;
        int applicationWins = 0;
        for (Project p : projects) {
            List<Issue> history = p.split("train", "val");
            List<Issue> test = p.split("test");
            double tandem = mae(new EffortSuggester(best), history, test);
            // The application compares with the most recently finished items only; the baselines keep the whole history.
            double application = mae(new EffortSuggester(best),
                    history.subList(Math.max(0, history.size() - EffortSuggester.HISTORY), history.size()), test);
            double mean = baselineMae(history, test, StoryPointBenchmark::mean);
            double median = baselineMae(history, test, StoryPointBenchmark::median);
            boolean win = tandem < mean && tandem < median;
            boolean applicationWin = application < mean && application < median;
            wins += win ? 1 : 0;
            applicationWins += applicationWin ? 1 : 0;
            Published pub = published.get(p.name());
            System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.2f | %.2f | %s | %s |%n", p.name(),
                    test.size(), tandem, application, mean, median, pub.deepSe(), pub.gpt2sp(), win ? "yes" : "no",
                    applicationWin ? "yes" : "no");
        }
        System.out.printf(Locale.ROOT, "%nbetter than both baselines on %d of %d projects (learning from the last %,d: %d)%n%n",
                wins, projects.size(), EffortSuggester.HISTORY, applicationWins);
        walkForward(projects, best);
        hindsight(projects, best);
    }

    /**
     * The test split again, each issue suggested as the application would once the issues before it are finished: from
     * the last {@link EffortSuggester#HISTORY} of them (train, validation and the earlier test issues); Mean and Median
     * guess from every issue before it.
     */
    private static void walkForward(List<Project> projects, Settings chosen) {
        System.out.println("Learning as it goes (each test issue from the issues before it; the baselines too):");
        System.out.println();
        System.out.println("| project | test issues | Tandem | Mean | Median | beats both baselines |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        var suggester = new EffortSuggester(chosen);
        int wins = 0;
        for (Project p : projects) {
            List<Issue> all = p.issues();
            double tandem = 0;
            double mean = 0;
            double median = 0;
            int count = 0;
            for (int i = 0; i < all.size(); i++) {
                Issue q = all.get(i);
                if (q.split().equals("test")) {
                    List<Issue> before = all.subList(0, i);
                    double[] points = before.stream().mapToDouble(Issue::points).toArray();
                    tandem += error(suggester, q, shortlist(q, all.subList(Math.max(0, i - EffortSuggester.HISTORY), i)));
                    mean += Math.abs(mean(points) - q.points());
                    median += Math.abs(median(points) - q.points());
                    count++;
                }
            }
            boolean win = tandem < mean && tandem < median;
            wins += win ? 1 : 0;
            System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %s |%n", p.name(), count, tandem / count,
                    mean / count, median / count, win ? "yes" : "no");
        }
        System.out.printf(Locale.ROOT, "%nlearning as it goes better than both baselines on %d of %d projects%n%n", wins,
                projects.size());
    }

    /**
     * Not a result but a bound: for each project, the setting of the grid with the lowest test MAE, that is, chosen
     * looking at the answers. Where even that loses to a baseline, no setting of this suggester chosen beforehand can
     * beat it on that split.
     */
    private static void hindsight(List<Project> projects, Settings chosen) {
        System.out.println("With hindsight (the best setting of the grid on each project's test split, chosen on the test split itself):");
        System.out.println();
        System.out.println("| project | Tandem (chosen setting) | best setting with hindsight | its MAE | Median | beats both baselines with hindsight |");
        System.out.println("|---|---:|---|---:|---:|---|");
        int wins = 0;
        for (Project p : projects) {
            List<Issue> history = p.split("train", "val");
            List<Issue> test = p.split("test");
            Map<Settings, Double> errors = errors(history, test);
            Map.Entry<Settings, Double> best = errors.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
            double mean = baselineMae(history, test, StoryPointBenchmark::mean);
            double median = baselineMae(history, test, StoryPointBenchmark::median);
            boolean win = best.getValue() < mean && best.getValue() < median;
            wins += win ? 1 : 0;
            System.out.printf(Locale.ROOT, "| %s | %.3f | k=%d, exponent=%.0f, half-life=%s | %.3f | %.3f | %s |%n", p.name(),
                    errors.get(chosen), best.getKey().k(), best.getKey().exponent(), halfLife(best.getKey()), best.getValue(),
                    median, win ? "yes" : "no");
        }
        System.out.printf(Locale.ROOT, "%nwith hindsight better than both baselines on %d of %d projects%n", wins, projects.size());
    }

    private static String halfLife(Settings settings) {
        return settings.halfLife() == Settings.NO_DECAY ? "none" : String.format(Locale.ROOT, "%.0f items", settings.halfLife());
    }

    private static Path datasets() {
        String env = System.getenv("TANDEM_DATASETS");
        return env == null || env.isBlank() ? Path.of("..", "shared", "datasets") : Path.of(env);
    }

    /** The MAE on {@code queries} of every setting tried, learning from {@code history}. */
    private static Map<Settings, Double> errors(List<Issue> history, List<Issue> queries) {
        Map<Settings, Double> errors = new LinkedHashMap<>();
        List<List<PastItem>> shortlists = queries.stream().map(q -> shortlist(q, history)).toList();
        for (int k : KS) {
            for (double exponent : EXPONENTS) {
                for (double halfLife : HALF_LIVES) {
                    var settings = new Settings(k, exponent, halfLife, 0, 0);
                    var suggester = new EffortSuggester(settings);
                    errors.put(settings, IntStream.range(0, queries.size())
                            .mapToDouble(i -> error(suggester, queries.get(i), shortlists.get(i))).average().orElseThrow());
                }
            }
        }
        return errors;
    }

    private static double mae(EffortSuggester suggester, List<Issue> history, List<Issue> test) {
        return test.stream().mapToDouble(q -> error(suggester, q, shortlist(q, history))).average().orElseThrow();
    }

    private static double error(EffortSuggester suggester, Issue query, List<PastItem> history) {
        return Math.abs(suggester.suggest(new Query(query.vector(), null, null), history).points() - query.points());
    }

    /**
     * The past issues with the most similar texts; the dataset has no types or labels, so these hold the k nearest. Each
     * keeps its age in the whole history (the history is in time order), which weighs it the same as in the full list.
     */
    private static List<PastItem> shortlist(Issue query, List<Issue> history) {
        double[] similarity = history.stream().mapToDouble(h -> dot(query.vector(), h.vector())).toArray();
        return IntStream.range(0, history.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -similarity[i]).thenComparing(i -> history.get(i).key()))
                .limit(SHORTLIST)
                .map(i -> {
                    Issue h = history.get(i);
                    return new PastItem(h.key(), h.title(), null, null, h.vector(), h.points(), null, history.size() - 1 - i);
                })
                .toList();
    }

    /** The model's vectors are unit length, so the dot product is their cosine. */
    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double baselineMae(List<Issue> history, List<Issue> test, Function<double[], Double> statistic) {
        double guess = statistic.apply(history.stream().mapToDouble(Issue::points).toArray());
        return test.stream().mapToDouble(q -> Math.abs(guess - q.points())).average().orElseThrow();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Project load(Path file, AllMiniLmL6V2QuantizedEmbeddingModel model) throws IOException {
        String name = file.getFileName().toString().replace(".csv", "");
        List<String[]> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.add(new String[] {r.get("issuekey"), r.get("title"), r.get("description"), r.get("storypoint"),
                        r.get("split_mark")});
            }
        }
        List<String> texts = rows.stream().map(r -> ItemText.of(r[1], r[2])).toList();
        List<float[]> vectors = embeddings(name, texts, model);
        List<Issue> issues = IntStream.range(0, rows.size()).mapToObj(i -> new Issue(rows.get(i)[0], rows.get(i)[1],
                texts.get(i), Double.parseDouble(rows.get(i)[3]), rows.get(i)[4], vectors.get(i))).toList();
        return new Project(name, issues);
    }

    /** Cached by the texts' hash, so a changed text composition or file is embedded again. */
    private static List<float[]> embeddings(String name, List<String> texts, AllMiniLmL6V2QuantizedEmbeddingModel model)
            throws IOException {
        Path cache = Path.of("bench", "target", "embeddings", name + "-" + Integer.toHexString(texts.hashCode()) + ".bin");
        if (Files.exists(cache)) {
            try (var in = new DataInputStream(Files.newInputStream(cache))) {
                int n = in.readInt();
                int dimensions = in.readInt();
                List<float[]> vectors = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    float[] v = new float[dimensions];
                    for (int d = 0; d < dimensions; d++) {
                        v[d] = in.readFloat();
                    }
                    vectors.add(v);
                }
                return vectors;
            }
        }
        long start = System.nanoTime();
        List<float[]> vectors = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += 256) {
            List<TextSegment> batch = texts.subList(from, Math.min(from + 256, texts.size())).stream().map(TextSegment::from).toList();
            model.embedAll(batch).content().forEach(e -> vectors.add(e.vector()));
        }
        System.out.printf(Locale.ROOT, "embedded %s: %d texts in %.0f s%n", name, texts.size(), (System.nanoTime() - start) / 1e9);
        Files.createDirectories(cache.getParent());
        try (var out = new DataOutputStream(Files.newOutputStream(cache))) {
            out.writeInt(vectors.size());
            out.writeInt(vectors.getFirst().length);
            for (float[] v : vectors) {
                for (float f : v) {
                    out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vectors;
    }

    private static Map<String, Published> published(Path file) throws IOException {
        Map<String, Published> figures = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                figures.put(r.get("Project"), new Published(Double.parseDouble(r.get("GPT2SP")),
                        Double.parseDouble(r.get("DeepSE")), Double.parseDouble(r.get("Median")), Double.parseDouble(r.get("Mean"))));
            }
        }
        return figures;
    }
}
