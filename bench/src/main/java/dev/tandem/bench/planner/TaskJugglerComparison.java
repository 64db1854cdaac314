package dev.tandem.bench.planner;

import dev.tandem.planner.engine.Activity;
import dev.tandem.planner.engine.Leveler;
import dev.tandem.planner.engine.LevelingProblem;
import dev.tandem.planner.engine.LevelingResult;
import dev.tandem.planner.engine.LevelingSettings;
import dev.tandem.planner.engine.Link;
import dev.tandem.planner.engine.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Leveling at scale beside TaskJuggler (tj3, the open-source leveling scheduler): one generated project of 5,000 tasks
 * and 50 people (seed 7), each task's effort of 1–5 days done by one person at 8 hours a day, with deep chains (25
 * chains of 40 tasks) as well as wide layers (20 layers of 200 tasks, each depending on one to three tasks of the
 * layer before, some also on a chain). The same project is written as a TaskJuggler file and as the leveler's problem
 * and both are scheduled in the same run: the table gives both wall times (tj3 as a whole process: reading, scheduling,
 * writing its CSV report; the leveler including building the solver) and both finish dates, and the benchmark checks
 * the leveler's schedule itself (no person over 8 hours on any day, every dependency respected).
 *
 * <p>Run with {@code ./tandem bench planner-tj} or directly; arguments: the leveler's budgets in seconds (default 1 3).
 * Needs {@code tj3} on the path (Debian package {@code tj3}).
 */
public final class TaskJugglerComparison {

    private static final int PEOPLE = 50;
    private static final int CHAINS = 25;
    private static final int CHAIN_LENGTH = 40;
    private static final int LAYERS = 20;
    private static final int LAYER_WIDTH = 200;
    private static final int HOURS = 8;
    private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday

    record Project(int[] effort, int[] person, List<int[]> links) {

        int size() {
            return effort.length;
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<Integer> budgets = new ArrayList<>();
        for (String arg : args) {
            budgets.add(Integer.parseInt(arg));
        }
        if (budgets.isEmpty()) {
            budgets = List.of(1, 3);
        }
        Project project = generate(new Random(7));
        Path dir = Path.of("bench/target/taskjuggler");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("project.tjp"), taskJuggler(project), StandardCharsets.UTF_8);

        long began = System.nanoTime();
        Process tj = new ProcessBuilder("tj3", "--silent", "--no-color", "--output-dir", dir.toString(),
                dir.resolve("project.tjp").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tj3.log").toFile()).start();
        int exit = tj.waitFor();
        double tjSeconds = (System.nanoTime() - began) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("tj3 failed, see " + dir.resolve("tj3.log"));
        }
        LocalDate tjFinish = taskJugglerFinish(dir.resolve("schedule.csv"), project.size());

        LevelingProblem problem = problem(project);
        Leveler leveler = new Leveler();
        leveler.level(problem(generate(new Random(8))), LevelingSettings.within(Duration.ofSeconds(1))); // warm-up

        System.out.printf(Locale.ROOT, "| scheduler | tasks | people | dependencies | budget (s) | wall time (s)"
                + " | finish | working days | schedules | checks |%n|---|---:|---:|---:|---:|---:|---|---:|---:|---|%n");
        System.out.printf(Locale.ROOT, "| TaskJuggler 3 (tj3) | %d | %d | %d | – | %.2f | %s | %d | – | – |%n",
                project.size(), PEOPLE, project.links().size(), tjSeconds, tjFinish, workingDaysTo(tjFinish));
        for (int budget : budgets) {
            long start = System.nanoTime();
            LevelingResult result = leveler.level(problem, LevelingSettings.within(Duration.ofSeconds(budget)));
            double seconds = (System.nanoTime() - start) / 1e9;
            String broken = check(project, result);
            System.out.printf(Locale.ROOT, "| Tandem `Leveler` | %d | %d | %d | %d | %.2f | %s | %d | %,d | %s |%n",
                    project.size(), PEOPLE, project.links().size(), budget, seconds, lastDay(result.finish()),
                    result.finish(), result.schedules(), broken.isEmpty() ? "capacity and dependencies hold" : broken);
        }
        System.out.printf(Locale.ROOT, "%nLower bound on the finish: %d working days (the longest chain of"
                + " dependencies: %d; the busiest person's effort: %d).%n", Math.max(longestChain(project),
                busiestPerson(project)), longestChain(project), busiestPerson(project));
    }

    static Project generate(Random random) {
        int size = CHAINS * CHAIN_LENGTH + LAYERS * LAYER_WIDTH;
        int[] effort = new int[size];
        int[] person = new int[size];
        List<int[]> links = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            effort[i] = 1 + random.nextInt(5);
            person[i] = random.nextInt(PEOPLE);
        }
        for (int c = 0; c < CHAINS; c++) {
            for (int k = 1; k < CHAIN_LENGTH; k++) {
                links.add(new int[] {c * CHAIN_LENGTH + k - 1, c * CHAIN_LENGTH + k});
            }
        }
        int layered = CHAINS * CHAIN_LENGTH;
        for (int layer = 1; layer < LAYERS; layer++) {
            for (int w = 0; w < LAYER_WIDTH; w++) {
                int task = layered + layer * LAYER_WIDTH + w;
                int count = 1 + random.nextInt(3);
                Set<Integer> froms = new TreeSet<>();
                for (int k = 0; k < count; k++) {
                    froms.add(layered + (layer - 1) * LAYER_WIDTH + random.nextInt(LAYER_WIDTH));
                }
                for (int from : froms) {
                    links.add(new int[] {from, task});
                }
                if (random.nextInt(10) == 0) {
                    links.add(new int[] {random.nextInt(layered), task});
                }
            }
        }
        return new Project(effort, person, links);
    }

    static LevelingProblem problem(Project project) {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < project.size(); i++) {
            int[] demand = new int[PEOPLE];
            demand[project.person()[i]] = HOURS;
            activities.add(Activity.of("t" + i, project.effort()[i], demand));
        }
        List<Link> links = project.links().stream().map(l -> Link.finishToStart(l[0], l[1])).toList();
        List<Resource> people = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            people.add(Resource.constant("p" + p, HOURS));
        }
        return new LevelingProblem(activities, links, people);
    }

    /** The project in TaskJuggler's language: 8-hour days Monday to Friday (its defaults), a CSV report of the dates. */
    static String taskJuggler(Project project) {
        StringBuilder tjp = new StringBuilder();
        tjp.append("project bench \"Leveling benchmark\" ").append(START).append(" +6y {\n")
                .append("  timezone \"UTC\"\n  dailyworkinghours 8\n}\n");
        for (int p = 0; p < PEOPLE; p++) {
            tjp.append("resource p").append(p).append(" \"Person ").append(p).append("\"\n");
        }
        List<List<Integer>> predecessors = new ArrayList<>();
        for (int i = 0; i < project.size(); i++) {
            predecessors.add(new ArrayList<>());
        }
        for (int[] link : project.links()) {
            predecessors.get(link[1]).add(link[0]);
        }
        for (int i = 0; i < project.size(); i++) {
            tjp.append("task t").append(i).append(" \"Task ").append(i).append("\" {\n");
            if (predecessors.get(i).isEmpty()) {
                tjp.append("  start ").append(START).append('\n');
            } else {
                tjp.append("  depends ");
                for (int k = 0; k < predecessors.get(i).size(); k++) {
                    tjp.append(k == 0 ? "t" : ", t").append(predecessors.get(i).get(k));
                }
                tjp.append('\n');
            }
            tjp.append("  effort ").append(project.effort()[i]).append("d\n  allocate p").append(project.person()[i])
                    .append("\n}\n");
        }
        tjp.append("taskreport schedule \"schedule\" {\n  formats csv\n  columns id, start, end\n")
                .append("  timeformat \"%Y-%m-%d %H:%M\"\n}\n");
        return tjp.toString();
    }

    /** The last working day on which any task still works, from tj3's CSV report (an end at 00:00 is the day before). */
    static LocalDate taskJugglerFinish(Path csv, int tasks) throws IOException {
        LocalDate finish = START;
        int rows = 0;
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] cells = line.replace("\"", "").split(";");
            if (cells.length < 3 || !cells[0].startsWith("t")) {
                continue;
            }
            rows++;
            LocalDate end = LocalDate.parse(cells[2].substring(0, 10));
            if (cells[2].endsWith("00:00")) {
                end = end.minusDays(1);
            }
            finish = end.isAfter(finish) ? end : finish;
        }
        if (rows != tasks) {
            throw new IllegalStateException("tj3 reported " + rows + " tasks, not " + tasks);
        }
        return finish;
    }

    /** The date of the last working day before working day {@code finish} (the schedule's last busy day). */
    static LocalDate lastDay(int finish) {
        LocalDate day = START;
        for (int d = 0; d < finish - 1; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                d++;
            }
        }
        return day;
    }

    /** Working days from the start up to and including {@code last}. */
    static int workingDaysTo(LocalDate last) {
        int days = 0;
        for (LocalDate day = START; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    static int longestChain(Project project) {
        int[] finish = new int[project.size()];
        for (int i = 0; i < project.size(); i++) {
            finish[i] = project.effort()[i];
        }
        // links always go from a lower index to a higher one, so index order is topological
        List<int[]> links = new ArrayList<>(project.links());
        links.sort((a, b) -> Integer.compare(a[1], b[1]));
        int longest = 0;
        for (int[] link : links) {
            finish[link[1]] = Math.max(finish[link[1]], finish[link[0]] + project.effort()[link[1]]);
        }
        for (int f : finish) {
            longest = Math.max(longest, f);
        }
        return longest;
    }

    static int busiestPerson(Project project) {
        int[] load = new int[PEOPLE];
        for (int i = 0; i < project.size(); i++) {
            load[project.person()[i]] += project.effort()[i];
        }
        return Arrays.stream(load).max().orElse(0);
    }

    /** What the leveler's schedule breaks (hours per person and day, dependencies), empty when nothing. */
    static String check(Project project, LevelingResult result) {
        int[] starts = result.starts();
        int finish = 0;
        for (int i = 0; i < project.size(); i++) {
            finish = Math.max(finish, starts[i] + project.effort()[i]);
        }
        int[][] hours = new int[PEOPLE][finish + 1];
        int over = 0;
        for (int i = 0; i < project.size(); i++) {
            for (int d = starts[i]; d < starts[i] + project.effort()[i]; d++) {
                hours[project.person()[i]][d] += HOURS;
                if (hours[project.person()[i]][d] == 2 * HOURS) {
                    over++;
                }
            }
        }
        int late = 0;
        for (int[] link : project.links()) {
            if (starts[link[1]] < starts[link[0]] + project.effort()[link[0]]) {
                late++;
            }
        }
        if (over + late == 0 && result.feasible() && finish == result.finish()) {
            return "";
        }
        return over + " person-days over capacity, " + late + " dependencies broken";
    }
}
