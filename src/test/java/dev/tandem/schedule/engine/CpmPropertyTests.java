package dev.tandem.schedule.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants of the critical path method on random networks with every link type, negative and positive lags,
 * milestones, summaries and constraints. Each case is one fixed seed, so a failure names the seed that reproduces it.
 */
class CpmPropertyTests {

    private static final int CASES = 300;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everySuccessorRespectsItsPredecessorPlusLag(long seed) {
        RandomNetwork random = RandomNetwork.generate(new Random(seed), true);
        Schedule schedule = CriticalPathEngine.schedule(random.build());

        for (RandomNetwork.Link link : random.links) {
            ActivitySchedule predecessor = schedule.activity(link.predecessor());
            ActivitySchedule successor = schedule.activity(link.successor());
            assertThat(constrainedSide(link.type(), successor.earlyStart(), successor.earlyFinish()))
                    .as("early dates across %s", link)
                    .isGreaterThanOrEqualTo(drivingSide(link.type(), predecessor.earlyStart(), predecessor.earlyFinish()) + link.lag());
            assertThat(constrainedSide(link.type(), successor.lateStart(), successor.lateFinish()))
                    .as("late dates across %s", link)
                    .isGreaterThanOrEqualTo(drivingSide(link.type(), predecessor.lateStart(), predecessor.lateFinish()) + link.lag());
        }
        for (ActivitySchedule activity : schedule.activities()) {
            assertThat(activity.earlyStart()).as("%s starts within the project", activity.id()).isNotNegative();
            assertThat(activity.earlyFinish()).as("%s finishes within the project", activity.id())
                    .isLessThanOrEqualTo(schedule.projectFinish());
            random.startNoEarlierThan.computeIfPresent(activity.id(), (id, start) -> {
                assertThat(activity.earlyStart()).as("%s honours its start-no-earlier-than", id).isGreaterThanOrEqualTo(start);
                return start;
            });
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void floatIsNeverNegativeWithoutAFinishConstraint(long seed) {
        Schedule schedule = CriticalPathEngine.schedule(RandomNetwork.generate(new Random(seed), false).build());

        assertThat(schedule.conflicts()).isEmpty();
        for (ActivitySchedule activity : schedule.activities()) {
            assertThat(activity.totalFloat()).as("total float of %s", activity.id()).isNotNegative();
            assertThat(activity.freeFloat()).as("free float of %s", activity.id()).isNotNegative();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void criticalActivitiesHaveZeroTotalFloatAndOneOfThemEndsTheProject(long seed) {
        Schedule schedule = CriticalPathEngine.schedule(RandomNetwork.generate(new Random(seed), false).build());

        List<String> criticalPath = schedule.criticalPath();
        assertThat(criticalPath).isNotEmpty();
        for (String id : criticalPath) {
            assertThat(schedule.activity(id).totalFloat()).as("total float of critical %s", id).isZero();
        }
        assertThat(criticalPath).anySatisfy(id ->
                assertThat(schedule.activity(id).earlyFinish()).isEqualTo(schedule.projectFinish()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void slippingByFreeFloatMovesNoOneAndByTotalFloatKeepsTheFinish(long seed) {
        Random random = new Random(seed);
        RandomNetwork network = RandomNetwork.generate(random, false);
        Schedule schedule = CriticalPathEngine.schedule(network.build());
        String id = network.randomWorkItem(random);
        ActivitySchedule activity = schedule.activity(id);
        assertThat(activity.freeFloat()).isLessThanOrEqualTo(activity.totalFloat());

        Schedule slippedByFreeFloat = CriticalPathEngine.schedule(
                network.withStartNoEarlierThan(id, activity.earlyStart() + activity.freeFloat()).build());
        for (ActivitySchedule other : schedule.activities()) {
            if (!other.summary() && !other.id().equals(id)) {
                assertThat(slippedByFreeFloat.activity(other.id()).earlyStart()).as("early start of %s", other.id())
                        .isEqualTo(other.earlyStart());
            }
        }
        assertThat(slippedByFreeFloat.projectFinish()).isEqualTo(schedule.projectFinish());

        Schedule slippedByTotalFloat = CriticalPathEngine.schedule(
                network.withStartNoEarlierThan(id, activity.earlyStart() + activity.totalFloat()).build());
        assertThat(slippedByTotalFloat.projectFinish()).isEqualTo(schedule.projectFinish());
        Schedule slippedOneDayMore = CriticalPathEngine.schedule(
                network.withStartNoEarlierThan(id, activity.earlyStart() + activity.totalFloat() + 1).build());
        assertThat(slippedOneDayMore.projectFinish()).isEqualTo(schedule.projectFinish() + 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void incrementalReschedulingEqualsAFullRecompute(long seed) {
        Random random = new Random(seed);
        RandomNetwork network = RandomNetwork.generate(random, true);
        Schedule incremental = CriticalPathEngine.schedule(network.build());

        for (int edit = 0; edit < 4; edit++) {
            String id = network.randomWorkItem(random);
            switch (random.nextInt(4)) {
                case 0, 1 -> {
                    int duration = random.nextInt(10);
                    incremental = incremental.reschedule(id, duration);
                    network = network.withDuration(id, duration);
                }
                case 2 -> {
                    String constrained = network.randomActivity(random);
                    OptionalInt start = random.nextBoolean() ? OptionalInt.of(random.nextInt(20)) : OptionalInt.empty();
                    incremental = incremental.rescheduleStartNoEarlierThan(constrained, start);
                    network = network.withStartNoEarlierThan(constrained, start);
                }
                default -> {
                    String constrained = network.randomActivity(random);
                    OptionalInt finish = random.nextBoolean() ? OptionalInt.of(random.nextInt(40)) : OptionalInt.empty();
                    incremental = incremental.rescheduleFinishNoLaterThan(constrained, finish);
                    network = network.withFinishNoLaterThan(constrained, finish);
                }
            }
            Schedule full = CriticalPathEngine.schedule(network.build());
            assertThat(incremental.projectFinish()).as("project finish after edit %d", edit).isEqualTo(full.projectFinish());
            assertThat(incremental.activities()).as("activities after edit %d", edit).isEqualTo(full.activities());
            assertThat(incremental.criticalPath()).isEqualTo(full.criticalPath());
            assertThat(incremental.conflicts()).isEqualTo(full.conflicts());
        }
    }

    /** The side of the successor a link constrains: its start, or for FF and SF its finish. */
    private static int constrainedSide(LinkType type, int start, int finish) {
        return type == LinkType.FINISH_TO_FINISH || type == LinkType.START_TO_FINISH ? finish : start;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void repeatedPassesWithOtherDurationsAgreeWithANetworkBuiltWithThem(long seed) {
        Random random = new Random(seed);
        RandomNetwork original = RandomNetwork.generate(random, true);
        ScheduleNetwork network = original.build();
        RepeatedPasses passes = new RepeatedPasses(network);

        for (int round = 0; round < 3; round++) {
            RandomNetwork changed = original;
            int[] durations = passes.durations();
            for (int i = 0; i < network.activityCount(); i++) {
                if (!network.isSummary(i)) {
                    durations[i] = random.nextInt(10);
                    changed = changed.withDuration(network.id(i), durations[i]);
                }
            }
            Schedule expected = CriticalPathEngine.schedule(changed.build());

            int[] criticalCounts = new int[network.activityCount()];
            assertThat(passes.run(durations, criticalCounts)).as("project finish").isEqualTo(expected.projectFinish());
            for (int i = 0; i < network.activityCount(); i++) {
                if (network.isSummary(i)) {
                    continue;
                }
                ActivitySchedule activity = expected.activity(network.id(i));
                assertThat(criticalCounts[i]).as("%s counted as critical", activity.id())
                        .isEqualTo(activity.critical() ? 1 : 0);
                assertThat(passes.earlyStart(i)).as("early start of %s", activity.id()).isEqualTo(activity.earlyStart());
                assertThat(passes.earlyFinish(i)).as("early finish of %s", activity.id()).isEqualTo(activity.earlyFinish());
                assertThat(passes.totalFloat(i)).as("total float of %s", activity.id()).isEqualTo(activity.totalFloat());
            }
        }
    }

    /** The side of the predecessor a link measures from: its finish, or for SS and SF its start. */
    private static int drivingSide(LinkType type, int start, int finish) {
        return type == LinkType.START_TO_START || type == LinkType.START_TO_FINISH ? start : finish;
    }

    /** A random acyclic network kept as plain data, so the tests can rebuild it with one thing changed. */
    private record RandomNetwork(List<String> ids, Map<String, Integer> durations, Map<String, String> parents,
            List<Link> links, Map<String, Integer> startNoEarlierThan, Map<String, Integer> finishNoLaterThan) {

        record Link(String predecessor, String successor, LinkType type, int lag) {
        }

        static RandomNetwork generate(Random random, boolean withFinishConstraints) {
            int workItemCount = 1 + random.nextInt(40);
            List<String> workItems = new ArrayList<>();
            Map<String, Integer> durations = new HashMap<>();
            for (int i = 0; i < workItemCount; i++) {
                String id = "W" + i;
                workItems.add(id);
                durations.put(id, random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(8));
            }
            // Links only run forwards in a shuffled order, which keeps the network acyclic without being pre-sorted.
            List<String> dependencyOrder = new ArrayList<>(workItems);
            Collections.shuffle(dependencyOrder, random);
            LinkType[] types = LinkType.values();
            List<Link> links = new ArrayList<>();
            int linkCount = random.nextInt(2 * workItemCount + 1);
            for (int k = 0; k < linkCount && workItemCount > 1; k++) {
                int from = random.nextInt(workItemCount - 1);
                int to = from + 1 + random.nextInt(Math.min(workItemCount - from - 1, 8));
                links.add(new Link(dependencyOrder.get(from), dependencyOrder.get(to), types[random.nextInt(types.length)],
                        random.nextInt(9) - 3));
            }

            List<String> ids = new ArrayList<>(workItems);
            Map<String, String> parents = new HashMap<>();
            int summaryCount = random.nextInt(4);
            for (int s = 0; s < summaryCount; s++) {
                String summary = "S" + s;
                List<String> children = ids.stream()
                        .filter(id -> !parents.containsKey(id) && random.nextInt(3) == 0)
                        .toList();
                if (!children.isEmpty()) {
                    children.forEach(child -> parents.put(child, summary));
                    ids.add(summary);
                    durations.put(summary, 0);
                }
            }

            Map<String, Integer> startNoEarlierThan = new HashMap<>();
            Map<String, Integer> finishNoLaterThan = new HashMap<>();
            for (String id : ids) {
                if (random.nextInt(8) == 0) {
                    startNoEarlierThan.put(id, random.nextInt(15));
                }
                if (withFinishConstraints && random.nextInt(8) == 0) {
                    finishNoLaterThan.put(id, random.nextInt(40));
                }
            }
            return new RandomNetwork(ids, durations, parents, links, startNoEarlierThan, finishNoLaterThan);
        }

        ScheduleNetwork build() {
            ScheduleNetwork.Builder builder = ScheduleNetwork.builder();
            ids.forEach(id -> builder.activity(id, durations.get(id)));
            parents.forEach(builder::parent);
            links.forEach(link -> builder.link(link.predecessor(), link.successor(), link.type(), link.lag()));
            startNoEarlierThan.forEach(builder::startNoEarlierThan);
            finishNoLaterThan.forEach(builder::finishNoLaterThan);
            return builder.build();
        }

        String randomWorkItem(Random random) {
            List<String> workItems = ids.stream().filter(id -> !parents.containsValue(id)).toList();
            return workItems.get(random.nextInt(workItems.size()));
        }

        String randomActivity(Random random) {
            return ids.get(random.nextInt(ids.size()));
        }

        RandomNetwork withDuration(String id, int duration) {
            Map<String, Integer> changed = new HashMap<>(durations);
            changed.put(id, duration);
            return new RandomNetwork(ids, changed, parents, links, startNoEarlierThan, finishNoLaterThan);
        }

        RandomNetwork withStartNoEarlierThan(String id, int start) {
            return withStartNoEarlierThan(id, OptionalInt.of(start));
        }

        RandomNetwork withStartNoEarlierThan(String id, OptionalInt start) {
            return new RandomNetwork(ids, durations, parents, links, replaced(startNoEarlierThan, id, start),
                    finishNoLaterThan);
        }

        RandomNetwork withFinishNoLaterThan(String id, OptionalInt finish) {
            return new RandomNetwork(ids, durations, parents, links, startNoEarlierThan,
                    replaced(finishNoLaterThan, id, finish));
        }

        private static Map<String, Integer> replaced(Map<String, Integer> constraints, String id, OptionalInt value) {
            Map<String, Integer> changed = new HashMap<>(constraints);
            changed.remove(id);
            value.ifPresent(v -> changed.put(id, v));
            return changed;
        }
    }
}
