package dev.tandem.bench.planner;

import dev.tandem.planner.engine.Activity;
import dev.tandem.planner.engine.Leveler;
import dev.tandem.planner.engine.LevelingProblem;
import dev.tandem.planner.engine.LevelingResult;
import dev.tandem.planner.engine.LevelingSettings;
import dev.tandem.planner.engine.Link;
import dev.tandem.planner.engine.Resource;
import java.io.IOException;
import java.io.InputStream;
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
 * The leveler on the iMOPSE multi-skill instances (MS-RCPSP, makespan only): each task needs one skill at a level and
 * is done by one resource that has it at that level or above; a resource does one task at a time. Each task becomes
 * an activity that takes one unit of any qualified resource, so the scheduler picks who does it. Reported per
 * instance: the makespan with a fixed wall-time budget (seed 0), its % gap to a simple lower bound (see
 * {@link #lowerBound}) and, for d36, its % gap to the best makespan found published for that instance
 * ({@code planner/imopse-d36-published.tsv}, which says where each value comes from; negative: shorter). Each
 * schedule is checked against the instance before it is reported ({@link #check}).
 *
 * <p>Arguments: the set (default d36) and {@code --budget-ms M} (default 1000). The dataset folder is
 * $TANDEM_DATASETS/imopse-msrcpsp, else ../shared/datasets/imopse-msrcpsp.
 */
public final class ImopseBenchmark {

    public static void main(String[] args) throws IOException {
        String set = "d36";
        long budgetMs = 1000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--budget-ms")) {
                budgetMs = Long.parseLong(args[++i]);
            } else {
                set = args[i];
            }
        }
        String env = System.getenv("TANDEM_DATASETS");
        Path folder = (env == null || env.isBlank() ? Path.of("..", "shared", "datasets") : Path.of(env))
                .resolve("imopse-msrcpsp").resolve(set);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no iMOPSE set at " + folder.toAbsolutePath()
                    + "; set TANDEM_DATASETS to the folder that holds imopse-msrcpsp");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".def")).sorted().toList();
        }
        Leveler leveler = new Leveler();
        leveler.level(read(files.getFirst()), LevelingSettings.within(Duration.ofMillis(500)).withSeed(99));
        Map<String, Integer> published = set.equals("d36") ? published() : Map.of();
        System.out.printf(Locale.ROOT, "| instance | makespan | lower bound | gap to the bound (%%) | best published |"
                + " gap to it (%%) |%n|---|---:|---:|---:|---:|---:|%n");
        double gaps = 0;
        double publishedGaps = 0;
        for (Path file : files) {
            LevelingProblem problem = read(file);
            int bound = lowerBound(problem);
            LevelingResult result = leveler.level(problem,
                    LevelingSettings.within(Duration.ofMillis(budgetMs)).withFinishBound(bound));
            if (!result.feasible()) {
                throw new IllegalStateException(file + " got an infeasible schedule");
            }
            String name = file.getFileName().toString().replace(".def", "");
            check(name, problem, result);
            double gap = 100.0 * (result.finish() - bound) / bound;
            gaps += gap;
            Integer best = published.get(name);
            double publishedGap = best == null ? Double.NaN : 100.0 * (result.finish() - best) / best;
            publishedGaps += best == null ? 0 : publishedGap;
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %s | %s |%n", name, result.finish(), bound, gap,
                    best == null ? "" : best, best == null ? "" : String.format(Locale.ROOT, "%.1f", publishedGap));
        }
        System.out.printf(Locale.ROOT, "| average (%d instances, %d ms each) | | | %.1f | | %s |%n", files.size(),
                budgetMs, gaps / files.size(), published.isEmpty() ? ""
                        : String.format(Locale.ROOT, "%.2f", publishedGaps / published.size()));
    }

    /** Instance name → the best makespan found published (tab-separated, # comments). */
    private static Map<String, Integer> published() throws IOException {
        Map<String, Integer> values = new HashMap<>();
        try (InputStream in = ImopseBenchmark.class.getResourceAsStream("/planner/imopse-d36-published.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    values.put(cells[0].trim(), Integer.parseInt(cells[1].trim()));
                }
            }
        }
        return values;
    }

    /**
     * Checks the schedule against the instance itself rather than trusting the scheduler: every task done by one
     * resource with its skill at its level, no resource on two tasks at once, every predecessor finished first, and
     * the makespan as reported.
     */
    private static void check(String name, LevelingProblem problem, LevelingResult result) {
        int[] starts = result.starts();
        int[] picks = result.picks();
        int makespan = 0;
        Map<Integer, List<int[]>> byResource = new HashMap<>();
        for (int j = 0; j < starts.length; j++) {
            Activity task = problem.activities().get(j);
            int pick = picks[j];
            if (java.util.Arrays.stream(task.anyOf()).noneMatch(r -> r == pick)) {
                throw new IllegalStateException(name + ": task " + task.id() + " went to an unqualified resource");
            }
            byResource.computeIfAbsent(pick, r -> new ArrayList<>()).add(new int[] {starts[j], starts[j] + task.duration()});
            makespan = Math.max(makespan, starts[j] + task.duration());
        }
        for (List<int[]> busy : byResource.values()) {
            busy.sort(java.util.Comparator.comparingInt(interval -> interval[0]));
            for (int i = 1; i < busy.size(); i++) {
                if (busy.get(i)[0] < busy.get(i - 1)[1]) {
                    throw new IllegalStateException(name + ": a resource has two tasks at once");
                }
            }
        }
        for (Link link : problem.links()) {
            if (starts[link.successor()] < starts[link.predecessor()]
                    + problem.activities().get(link.predecessor()).duration()) {
                throw new IllegalStateException(name + ": a task starts before its predecessor finishes");
            }
        }
        if (makespan != result.finish()) {
            throw new IllegalStateException(name + ": makespan " + makespan + ", reported " + result.finish());
        }
    }

    /** Reads a .def file: "ResourceID Salary Skills" rows, then "TaskID Duration Skill Predecessor IDs" rows. */
    static LevelingProblem read(Path file) throws IOException {
        List<Map<String, Integer>> skills = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        List<int[]> predecessors = new ArrayList<>();
        String section = "";
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("ResourceID") || trimmed.startsWith("TaskID")) {
                section = trimmed.startsWith("ResourceID") ? "resources" : "tasks";
                continue;
            }
            if (trimmed.isEmpty() || trimmed.startsWith("=") || !Character.isDigit(trimmed.charAt(0))) {
                continue;
            }
            String[] cells = trimmed.split("\\s+");
            if (section.equals("resources")) {
                Map<String, Integer> held = new HashMap<>();
                for (int c = 2; c + 1 < cells.length; c += 2) {
                    held.put(cells[c].replace(":", ""), Integer.parseInt(cells[c + 1]));
                }
                skills.add(held);
            } else if (section.equals("tasks")) {
                String skill = cells[2].replace(":", "");
                int level = Integer.parseInt(cells[3]);
                int[] qualified = java.util.stream.IntStream.range(0, skills.size())
                        .filter(r -> skills.get(r).getOrDefault(skill, -1) >= level).toArray();
                int duration = Integer.parseInt(cells[1]);
                activities.add(Activity.of("T" + cells[0], duration, new int[skills.size()]).byAnyOf(1, qualified));
                int[] before = new int[cells.length - 4];
                for (int c = 4; c < cells.length; c++) {
                    before[c - 4] = Integer.parseInt(cells[c]) - 1;
                }
                predecessors.add(before);
            }
        }
        List<Link> links = new ArrayList<>();
        for (int t = 0; t < predecessors.size(); t++) {
            for (int p : predecessors.get(t)) {
                links.add(Link.finishToStart(p, t));
            }
        }
        List<Resource> resources = new ArrayList<>();
        for (int r = 0; r < skills.size(); r++) {
            resources.add(Resource.constant("R" + (r + 1), 1));
        }
        return new LevelingProblem(activities, links, resources);
    }

    /**
     * A lower bound: the longest of the critical path and, for each task's set of qualified resources, the work of
     * the tasks only those resources can do spread evenly over them (each resource does one task at a time).
     */
    private static int lowerBound(LevelingProblem problem) {
        int n = problem.activities().size();
        int[] finish = new int[n];
        for (int pass = 0; pass <= n; pass++) {
            boolean changed = false;
            for (int t = 0; t < n; t++) {
                int start = 0;
                for (Link link : problem.links()) {
                    if (link.successor() == t) {
                        start = Math.max(start, finish[link.predecessor()]);
                    }
                }
                int end = start + problem.activities().get(t).duration();
                if (end != finish[t]) {
                    finish[t] = end;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        int longest = 0;
        for (int t = 0; t < n; t++) {
            longest = Math.max(longest, finish[t]);
                    }
        // tasks that only the resources in S can do need S's time: for each task's set S of qualified resources, the
        // work of all tasks whose sets lie within S, spread over |S| (S = all resources gives total work / resources)
        long bound = longest;
        java.util.Set<java.util.BitSet> sets = new java.util.HashSet<>();
        List<java.util.BitSet> qualified = new ArrayList<>();
        for (Activity activity : problem.activities()) {
            java.util.BitSet set = new java.util.BitSet();
            for (int r : activity.anyOf()) {
                set.set(r);
            }
            qualified.add(set);
            sets.add(set);
        }
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, problem.resources().size());
        sets.add(all);
        for (java.util.BitSet set : sets) {
            long within = 0;
            for (int t = 0; t < n; t++) {
                java.util.BitSet outside = (java.util.BitSet) qualified.get(t).clone();
                outside.andNot(set);
                if (outside.isEmpty()) {
                    within += problem.activities().get(t).duration();
                }
            }
            bound = Math.max(bound, (within + set.cardinality() - 1) / set.cardinality());
        }
        return (int) bound;
    }
}
