package dev.tandem.planner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.move.test.MoveTestContext;
import ai.timefold.solver.core.preview.api.move.test.MoveTester;
import dev.tandem.schedule.engine.LinkType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LevelerTests {

    private static final LevelingSettings QUICK = LevelingSettings.within(Duration.ofSeconds(5)).withMoveLimit(2_000);

    private final Leveler leveler = new Leveler();

    // Li (8 h a day) has X (2 days) and Y (3 days), both ready on day 0; Wang (8 h) does C (5 days) after X.
    // X first: X 0–2, Y 2–5, C 2–7, finish 7. Y first would finish at 10. So Y moves from day 0 to day 2.
    private static LevelingProblem twoItemsOfOnePerson(Activity x, Activity y) {
        return new LevelingProblem(
                List.of(x, y, Activity.of("C", 5, 0, 8)),
                List.of(Link.finishToStart(0, 2)),
                List.of(Resource.constant("Li", 8), Resource.constant("Wang", 8)));
    }

    @Test
    void levelingDelaysTheItemThatCanWaitByExactlyTwoDays() {
        LevelingResult result = leveler.level(twoItemsOfOnePerson(
                Activity.of("X", 2, 8, 0).currentlyAt(0), Activity.of("Y", 3, 8, 0).currentlyAt(0)), QUICK);

        assertThat(result.feasible()).isTrue();
        assertThat(result.starts()).containsExactly(0, 2, 2);
        assertThat(result.finish()).isEqualTo(7);
        assertThat(result.moved()).isEqualTo(1); // Y; C is not in today's plan
    }

    @Test
    void aSearchStepFirstPutsTheOrderInTheOrderOfItsSchedulesStartsAndCanBeUndone() {
        LevelingProblem problem = twoItemsOfOnePerson(Activity.of("X", 2, 8, 0), Activity.of("Y", 3, 8, 0));
        List<Job> jobs = List.of(new Job(0, 0), new Job(1, 0), new Job(2, 0));
        // C, Y, X decodes to Y 0–3, X 3–5, C 5–10: its order of starts is Y, X, C
        LevelingPlan plan = new LevelingPlan(jobs, new PriorityOrder(List.of(jobs.get(2), jobs.get(1), jobs.get(0))),
                new SerialScheduler(Network.of(problem)), false);
        MoveTestContext<LevelingPlan> context =
                MoveTester.build(PlanningSolutionMetaModel.of(LevelingPlan.class, PriorityOrder.class)).using(plan);

        context.executeTemporarily(new ReorderingMove(plan, true, 0, 1),
                view -> assertThat(plan.getOrder().getJobs()).containsExactly(jobs.get(0), jobs.get(1), jobs.get(2)));
        assertThat(plan.getOrder().getJobs()).containsExactly(jobs.get(2), jobs.get(1), jobs.get(0));

        context.execute(new ReorderingMove(plan, false, 2, 0)); // Y, X, C, then C to the front
        assertThat(plan.getOrder().getJobs()).containsExactly(jobs.get(2), jobs.get(1), jobs.get(0));
        assertThat(plan.evaluate().finish()).isEqualTo(10);
    }

    @Test
    void aPinnedItemKeepsItsStartEvenWhenTheFinishSuffers() {
        LevelingResult result = leveler.level(twoItemsOfOnePerson(
                Activity.of("X", 2, 8, 0), Activity.of("Y", 3, 8, 0).pinnedAt(0)), QUICK);

        assertThat(result.feasible()).isTrue();
        assertThat(result.starts()).containsExactly(3, 0, 5);
        assertThat(result.finish()).isEqualTo(10);
    }

    @Test
    void nothingIsScheduledOnLeave() {
        // Li is away on days 1 and 2: X needs two consecutive days of hers, the first pair is days 3 and 4
        LevelingProblem problem = new LevelingProblem(List.of(Activity.of("X", 2, 8)), List.of(),
                List.of(Resource.constant("Li", 8).absentOn(1, 2)));

        LevelingResult result = leveler.level(problem, QUICK);

        assertThat(result.starts()).containsExactly(3);
        assertThat(result.finish()).isEqualTo(5);
    }

    @Test
    void anItemWaitsForItsStartNoEarlierThan() {
        // Y may not start before day 4: X goes first (0–2) though Y is longer, and Y starts on day 4, not 2
        LevelingResult result = leveler.level(new LevelingProblem(
                List.of(Activity.of("X", 2, 8), Activity.of("Y", 3, 8).notBefore(4)), List.of(),
                List.of(Resource.constant("Li", 8))), QUICK);

        assertThat(result.starts()).containsExactly(0, 4);
    }

    @Test
    void aMilestoneDueDateOutranksTheFinish() {
        // Y feeds milestone M due by day 3: Y goes first although X first would finish sooner (7 against 10)
        LevelingProblem problem = new LevelingProblem(
                List.of(Activity.of("X", 2, 8, 0), Activity.of("Y", 3, 8, 0), Activity.of("C", 5, 0, 8),
                        Activity.of("M", 0, 0, 0).dueBy(3)),
                List.of(Link.finishToStart(0, 2), Link.finishToStart(1, 3)),
                List.of(Resource.constant("Li", 8), Resource.constant("Wang", 8)));

        LevelingResult result = leveler.level(problem, QUICK);

        assertThat(result.starts()).containsExactly(3, 0, 5, 3);
        assertThat(result.lateness()).isZero();
        assertThat(result.finish()).isEqualTo(10);
    }

    @Test
    void startToStartAndFinishToFinishLinksKeepTheirLags() {
        // B starts 1 day after A starts (SS+1) on another person; D finishes 2 days after B finishes (FF+2)
        LevelingProblem problem = new LevelingProblem(
                List.of(Activity.of("A", 4, 8, 0), Activity.of("B", 2, 0, 8), Activity.of("D", 1, 8, 0)),
                List.of(new Link(0, 1, LinkType.START_TO_START, 1), new Link(1, 2, LinkType.FINISH_TO_FINISH, 2)),
                List.of(Resource.constant("Li", 8), Resource.constant("Wang", 8)));

        LevelingResult result = leveler.level(problem, QUICK);

        // B 1–3; D must finish ≥ 5, Li is busy with A until 4: D 4–5
        assertThat(result.starts()).containsExactly(0, 1, 4);
    }

    @Test
    void anActivityForAnyOfSeveralPeopleGoesToWhoeverIsFreeFirst() {
        // A and B take 3 days of Li or Wang; Li is away on day 1, so one starts with Wang on day 0, the other with
        // Li on day 2 (finish 5) rather than after the first with Wang (finish 6)
        LevelingProblem problem = new LevelingProblem(
                List.of(Activity.of("A", 3, 0, 0).byAnyOf(8, 0, 1), Activity.of("B", 3, 0, 0).byAnyOf(8, 0, 1)),
                List.of(), List.of(Resource.constant("Li", 8).absentOn(1), Resource.constant("Wang", 8)));

        LevelingResult result = leveler.level(problem, QUICK);

        assertThat(result.feasible()).isTrue();
        assertThat(result.finish()).isEqualTo(5);
        assertThat(result.starts()).containsExactlyInAnyOrder(0, 2);
        assertThat(result.picks()[result.startOf(0) == 0 ? 0 : 1]).isEqualTo(1);
        assertThat(result.picks()[result.startOf(0) == 0 ? 1 : 0]).isEqualTo(0);
    }

    @Test
    void demandAboveEveryDaysCapacityIsReportedInsteadOfAPlan() {
        LevelingProblem problem = new LevelingProblem(List.of(Activity.of("X", 2, 10)), List.of(),
                List.of(Resource.constant("Li", 8)));

        LevelingResult result = leveler.level(problem, QUICK);

        assertThat(result.feasible()).isFalse();
        assertThat(result.infeasibilities()).containsExactly(
                new Infeasibility(Infeasibility.Kind.DEMAND_ABOVE_CAPACITY, "X", "Li"));
        assertThat(result.starts()).isEmpty();
    }

    @Test
    void aDependencyCycleIsReported() {
        LevelingProblem problem = new LevelingProblem(List.of(Activity.of("A", 1, 1), Activity.of("B", 1, 1)),
                List.of(Link.finishToStart(0, 1), Link.finishToStart(1, 0)), List.of(Resource.constant("Li", 8)));

        assertThat(leveler.level(problem, QUICK).infeasibilities())
                .extracting(Infeasibility::kind).containsExactly(Infeasibility.Kind.DEPENDENCY_CYCLE);
    }

    @Test
    void randomProblemsGetPlansThatKeepEveryDependencyAndCapacity() {
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            LevelingProblem problem = randomProblem(random, 25, 3);
            LevelingResult result = leveler.level(problem, QUICK);
            assertThat(result.feasible()).isTrue();
            assertHardConstraintsHold(problem, result.starts(), result.picks());
        }
    }

    @Test
    void theSameSeedAndMoveLimitGiveTheSamePlan() {
        LevelingProblem problem = randomProblem(new Random(11), 30, 2);
        LevelingSettings settings = QUICK.withSeed(42);

        assertThat(leveler.level(problem, settings).starts()).containsExactly(leveler.level(problem, settings).starts());
    }

    static LevelingProblem randomProblem(Random random, int size, int resourceCount) {
        List<Activity> activities = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            resources.add(Resource.constant("R" + r, 4 + random.nextInt(5)).absentOn(3 + random.nextInt(5)));
        }
        LinkType[] types = LinkType.values();
        for (int i = 0; i < size; i++) {
            int[] demand = new int[resourceCount];
            for (int r = 0; r < resourceCount; r++) {
                demand[r] = random.nextInt(3) == 0 ? 0 : random.nextInt(5);
            }
            if (random.nextInt(4) == 0) {
                // one of R0 and R1, up to 3 units, and nothing else of them: at most 3 of the at least 4 they have
                demand[0] = 0;
                demand[1] = 0;
                activities.add(Activity.of("A" + i, 1 + random.nextInt(6), demand).byAnyOf(1 + random.nextInt(3), 0, 1));
            } else {
                activities.add(Activity.of("A" + i, 1 + random.nextInt(6), demand));
            }
            if (i > 0 && random.nextBoolean()) {
                links.add(new Link(random.nextInt(i), i, types[random.nextInt(types.length)], random.nextInt(4) - 1));
            }
        }
        return new LevelingProblem(activities, links, resources);
    }

    static void assertHardConstraintsHold(LevelingProblem problem, int[] starts, int[] picks) {
        for (Link link : problem.links()) {
            int offset = link.startOffset(problem.activities().get(link.predecessor()).duration(),
                    problem.activities().get(link.successor()).duration());
            assertThat(starts[link.successor()]).as("%s", link).isGreaterThanOrEqualTo(starts[link.predecessor()] + offset);
        }
        for (int i = 0; i < starts.length; i++) {
            assertThat(starts[i]).isGreaterThanOrEqualTo(problem.activities().get(i).earliestStart());
        }
        for (int r = 0; r < problem.resources().size(); r++) {
            Resource resource = problem.resources().get(r);
            for (int day = 0; day < 200; day++) {
                int load = 0;
                for (int i = 0; i < starts.length; i++) {
                    Activity activity = problem.activities().get(i);
                    if (starts[i] <= day && day < starts[i] + activity.duration()) {
                        load += activity.demand()[r] + (picks[i] == r ? activity.anyUnits() : 0);
                    }
                }
                assertThat(load).as("%s on day %d", resource.name(), day).isLessThanOrEqualTo(resource.capacityOn(day));
            }
        }
    }
}
