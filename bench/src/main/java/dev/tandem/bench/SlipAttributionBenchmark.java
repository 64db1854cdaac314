package dev.tandem.bench;

import dev.tandem.schedule.internal.SlipReplay;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Why did it move: {@link SlipReplay#attribute} for a 2,000-item project with 500 recorded changes since its
 * baseline, spread over six weeks, for the project finish and every milestone (one in fifty items), as
 * {@code GET /api/v1/projects/{key}/slip} computes it once the data is loaded.
 * <ul>
 * <li>{@code chain}: one chain of 2,000 items, each after the one before (every change is on the driving path).</li>
 * <li>{@code layers}: 20 layers of 100 items, each linked to two items of the layer before (wide, ~20 deep).</li>
 * </ul>
 * The changes: four in five raise or lower an estimate (most likely days), one in ten starts an item, one in ten
 * finishes one, in time order; the project started on the baseline's day, so late work moves dates as time passes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class SlipAttributionBenchmark {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final Instant BASELINE = START.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    private static final Map<String, StatusCategory> STATUSES = Map.of("To do", StatusCategory.TODO,
            "In progress", StatusCategory.IN_PROGRESS, "Done", StatusCategory.DONE);

    @Param({"chain", "layers"})
    String shape;

    @Param("2000")
    int items;

    @Param("500")
    int changes;

    /** {@code finish}: the project finish alone, as the API answers it; {@code all}: it and all 40 milestones at once. */
    @Param({"finish", "all"})
    String asked;

    SlipReplay.Plan plan;
    List<SlipReplay.Line> lines;
    List<String> targets;
    Instant to;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(20270104L);
        int[] days = new int[items];
        String[] status = new String[items];
        List<DependencyView> links = new ArrayList<>();
        targets = new ArrayList<>(List.of(SlipReplay.PROJECT));
        for (int i = 0; i < items; i++) {
            days[i] = 1 + random.nextInt(5);
            status[i] = "To do";
            if (i % 50 == 49) {
                targets.add(key(i));
            }
        }
        for (int i = 1; i < items; i++) {
            if (shape.equals("chain")) {
                links.add(link(i - 1, i));
            } else if (i >= 100) {
                int layerStart = (i / 100 - 1) * 100;
                int first = layerStart + random.nextInt(100);
                int second = layerStart + random.nextInt(100);
                links.add(link(first, i));
                if (second != first) {
                    links.add(link(second, i));
                }
            }
        }
        // the history: each change recorded, the plan as it is now is the result of all of them
        lines = new ArrayList<>();
        Instant at = BASELINE;
        Duration spacing = Duration.ofDays(42).dividedBy(changes);
        for (int c = 0; c < changes; c++) {
            at = at.plus(spacing);
            int i = random.nextInt(items);
            int kind = random.nextInt(10);
            if (kind == 0 && status[i].equals("To do")) {
                lines.add(line(c, at, i, "status", "To do", "In progress"));
                status[i] = "In progress";
            } else if (kind == 1 && status[i].equals("In progress")) {
                lines.add(line(c, at, i, "status", "In progress", "Done"));
                status[i] = "Done";
            } else {
                int next = Math.max(1, days[i] + random.nextInt(5) - 2);
                lines.add(line(c, at, i, "mostLikelyDays", Integer.toString(days[i]), Integer.toString(next)));
                days[i] = next;
            }
        }
        to = at.plus(Duration.ofHours(1));
        if (asked.equals("finish")) {
            targets = List.of(SlipReplay.PROJECT);
        }
        List<ItemView> now = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            boolean milestone = i % 50 == 49;
            now.add(new ItemView(i, key(i), "B", milestone ? "milestone" : "task", "Item " + i, null, status[i],
                    STATUSES.get(status[i]), false, null, null, "medium", "dev" + (i % 40), null, null, null, Set.of(),
                    null, null, null, milestone ? null : BigDecimal.valueOf(days[i]), null, null, null, null, null, null,
                    0, BASELINE.minusSeconds(60), null, false));
        }
        plan = new SlipReplay.Plan(now, links, START, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Map.of(),
                Map.of(), Map.of(), STATUSES);
    }

    @Benchmark
    public List<SlipReplay.Attribution> attribute() {
        return SlipReplay.attribute(plan, lines, List.of(), BASELINE, to, targets, Map.of());
    }

    private static String key(int i) {
        return "B-" + (i + 1);
    }

    private static DependencyView link(int predecessor, int successor) {
        return new DependencyView(0, key(predecessor), null, key(successor), null, DependencyType.FS, 0);
    }

    private static SlipReplay.Line line(int seq, Instant at, int item, String field, String from, String to) {
        return new SlipReplay.Line(seq, at, "dev" + (seq % 7), key(item), field, from, to, Map.of());
    }
}
