package dev.tandem.bench.planner;

import dev.tandem.planner.engine.Leveler;
import dev.tandem.planner.engine.LevelingResult;
import dev.tandem.planner.engine.LevelingSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The planner's leveler on PSPLIB's single-mode RCPSP sets: each instance solved once with a fixed wall-time budget
 * (seed 0), the search stopping early only when it reaches the critical-path lower bound. Reported: the average %
 * deviation of the makespan from the proven optimum (j30) and from the critical-path lower bound (j60, j90, j120), the
 * standard measures of Kolisch and Hartmann (2006), and the best-known solutions' deviation from the same bound.
 *
 * <p>Run with {@code ./tandem bench planner}; arguments: the sets (default j30 j60 j120), {@code --every N} to take
 * every N-th instance in (parameter, instance) order, {@code --budget-ms M} (default 1000). The dataset folder is
 * $TANDEM_DATASETS/psplib-rcpsp, else ../shared/datasets/psplib-rcpsp relative to the repository.
 */
public final class PsplibBenchmark {

    public static void main(String[] args) throws IOException {
        List<String> sets = new ArrayList<>();
        int every = 1;
        long budgetMs = 1000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--every" -> every = Integer.parseInt(args[++i]);
                case "--budget-ms" -> budgetMs = Long.parseLong(args[++i]);
                default -> sets.add(args[i]);
            }
        }
        if (sets.isEmpty()) {
            sets = List.of("j30", "j60", "j120");
        }
        Path folder = datasets().resolve("psplib-rcpsp");
        if (!Files.isDirectory(folder.resolve("solutions"))) {
            throw new IllegalStateException("no PSPLIB dataset at " + folder.toAbsolutePath()
                    + "; set TANDEM_DATASETS to the folder that holds psplib-rcpsp");
        }
        warmUp(folder);
        System.out.printf(Locale.ROOT, "| set | instances | budget | reference | avg %% deviation | best-known avg %% deviation"
                + " | at reference | avg time (s) | avg schedules |%n|---|---:|---:|---|---:|---:|---:|---:|---:|%n");
        for (String set : sets) {
            report(folder, set, every, budgetMs);
        }
    }

    private static void report(Path folder, String set, int every, long budgetMs) throws IOException {
        Map<String, Integer> bestKnown = table(folder.resolve("solutions/" + set + "hrs.sm"));
        Map<String, Integer> optimum = set.equals("j30") ? table(folder.resolve("solutions/j30opt.sm")) : Map.of();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder.resolve(set))) {
            files = list.filter(f -> f.toString().endsWith(".sm")).sorted((a, b) -> key(set, a).compareTo(key(set, b))).toList();
        }
        Leveler leveler = new Leveler();
        double deviation = 0;
        double bestDeviation = 0;
        int atReference = 0;
        int count = 0;
        long nanos = 0;
        long schedules = 0;
        for (int i = 0; i < files.size(); i += every) {
            PsplibInstance instance = PsplibInstance.read(files.get(i));
            String id = id(set, instance.name());
            int reference = set.equals("j30") ? optimum.get(id) : instance.criticalPath();
            long began = System.nanoTime();
            LevelingResult result = leveler.level(instance.problem(), LevelingSettings.within(Duration.ofMillis(budgetMs))
                    .withFinishBound(instance.criticalPath()));
            nanos += System.nanoTime() - began;
            schedules += result.schedules();
            if (!result.feasible()) {
                throw new IllegalStateException(instance.name() + " got an infeasible schedule");
            }
            deviation += 100.0 * (result.finish() - reference) / reference;
            bestDeviation += 100.0 * (bestKnown.get(id) - reference) / reference;
            atReference += result.finish() == reference ? 1 : 0;
            count++;
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %d ms | %s | %.2f | %.2f | %d | %.2f | %,d |%n", set, count,
                budgetMs, set.equals("j30") ? "optimum" : "critical path", deviation / count, bestDeviation / count,
                atReference, nanos / 1e9 / count, schedules / count);
    }

    /** A few instances first so that the measured ones run on compiled code. */
    private static void warmUp(Path folder) throws IOException {
        Leveler leveler = new Leveler();
        for (int inst = 1; inst <= 5; inst++) {
            PsplibInstance instance = PsplibInstance.read(folder.resolve("j30/j301_" + inst + ".sm"));
            leveler.level(instance.problem(), LevelingSettings.within(Duration.ofMillis(300)).withSeed(99));
        }
    }

    /** "Par Inst Makespan ..." rows of a PSPLIB solution table, by "par_inst". */
    private static Map<String, Integer> table(Path file) throws IOException {
        Map<String, Integer> values = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 3 && cells[0].matches("\\d+") && cells[1].matches("\\d+") && cells[2].matches("\\d+")) {
                values.put(cells[0] + "_" + cells[1], Integer.parseInt(cells[2]));
            }
        }
        return values;
    }

    /** j3012_7 → "12_7" (the set's name is a prefix of the file name). */
    private static String id(String set, String name) {
        return name.substring(set.length());
    }

    /** Sorts by parameter, then instance. */
    private static String key(String set, Path file) {
        String[] parts = id(set, file.getFileName().toString().replace(".sm", "")).split("_");
        return String.format(Locale.ROOT, "%04d_%04d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private static Path datasets() {
        String env = System.getenv("TANDEM_DATASETS");
        return env == null || env.isBlank() ? Path.of("..", "shared", "datasets") : Path.of(env);
    }
}
