package dev.tandem.planner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.planner.PlanOptions.Assign;
import dev.tandem.planner.internal.PlanningInputs.Dependency;
import dev.tandem.planner.internal.PlanningInputs.Item;
import dev.tandem.planner.internal.PlanningInputs.Member;
import dev.tandem.planner.engine.SolveControl;
import dev.tandem.schedule.engine.LinkType;
import dev.tandem.schedule.engine.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import dev.tandem.planner.PlanOptions;
import dev.tandem.planner.PlanStatus;

/**
 * The mapping between a project's dates and the engines' working days, by hand: Monday 4 January 2027 is day 0, the
 * weekend and a holiday on Wednesday 13 January are skipped; Li works 8 hours a day.
 */
class PlanSolverTests {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final WorkingCalendar CALENDAR = WorkingCalendar.startingOn(MONDAY)
            .holidays(List.of(LocalDate.of(2027, 1, 13))).build();
    private static final Member LI = new Member("li", "Li", Map.of("Kotlin", 3), 8, true, Set.of(), Map.of());

    @Test
    void aClashPushesTheSecondItemPastTheWeekend() {
        // A takes Monday to Thursday, B three days from Monday: B follows A, from Friday over the weekend to Tuesday
        var outcome = solve(List.of(task("A", 0, 4, "li"), task("B", 0, 3, "li")), List.of(), Assign.NONE);

        assertThat(outcome.status()).isEqualTo(PlanStatus.READY);
        assertThat(outcome.proposal().moved()).singleElement().satisfies(m -> {
            assertThat(m.newStart()).isEqualTo(LocalDate.of(2027, 1, 8));
            assertThat(m.newFinish()).isEqualTo(LocalDate.of(2027, 1, 12));
        });
    }

    @Test
    void aMilestoneFallsOnTheLastDayOfTheWorkBeforeIt() {
        // A Monday–Tuesday, then B and C of two days each, then the milestone, today on Thursday 7th
        Item a = task("A", 0, 2, "li");
        Item b = task("B", 2, 2, "li");
        Item blocker = task("C", 2, 2, "li");
        Item launch = new Item("M", "Launch", true, false, null, null, day(3), day(3), 0, null, Map.of(), false, false,
                false, null, null, null, 1);
        var outcome = solve(List.of(a, blocker, b, launch), List.of(
                new Dependency("A", "B", LinkType.FINISH_TO_START, 0),
                new Dependency("A", "C", LinkType.FINISH_TO_START, 0),
                new Dependency("B", "M", LinkType.FINISH_TO_START, 0),
                new Dependency("C", "M", LinkType.FINISH_TO_START, 0)), Assign.NONE);

        // B and C both need Li on days 2–3; one of them goes to days 4–5: Friday 8th and Monday 11th
        assertThat(outcome.proposal().milestones()).singleElement().satisfies(m -> {
            assertThat(m.before()).isEqualTo(LocalDate.of(2027, 1, 7));
            assertThat(m.after()).isEqualTo(LocalDate.of(2027, 1, 11));
        });
    }

    @Test
    void theLoadMapCountsHoursByWeekAgainstCapacityLessTheHoliday() {
        var load = PlanSolver.currentLoad(inputs(List.of(task("A", 0, 4, "li"), task("B", 5, 3, "li")), List.of(),
                Assign.NONE));

        assertThat(load.weeks()).containsExactly(MONDAY, MONDAY.plusWeeks(1));
        assertThat(load.people()).singleElement().satisfies(p -> {
            assertThat(p.capacity()).containsExactly(40, 32);
            assertThat(p.before()).containsExactly(32, 24);
        });
    }

    private static PlanSolver.Outcome solve(List<Item> items, List<Dependency> links, Assign assign) {
        return PlanSolver.solve(inputs(items, links, assign), new SolveControl());
    }

    private static PlanningInputs inputs(List<Item> items, List<Dependency> links, Assign assign) {
        return new PlanningInputs("P", CALENDAR, items, links, List.of(LI), new PlanOptions(assign, true), 1,
                Duration.ofSeconds(5), 2000);
    }

    private static Item task(String key, int start, int days, String assignee) {
        return new Item(key, key, false, false, null, assignee, day(start), CALENDAR.finishDate(start, start + days),
                days, 8.0 * days, Map.of(), false, false, false, null, null, null, 1);
    }

    private static LocalDate day(int index) {
        return CALENDAR.dateOf(index);
    }
}
