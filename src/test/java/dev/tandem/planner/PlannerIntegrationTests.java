package dev.tandem.planner;

import dev.tandem.support.TeamProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.change.ChangeManagement;
import dev.tandem.change.ProposedChange;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.Skill;
import dev.tandem.planner.PlanOptions.Assign;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.schedule.ProposedDatesSource;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.support.Api;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import dev.tandem.planner.internal.Plan;
import dev.tandem.planner.internal.Plans;

/**
 * The scheduling assistant through its facade, on small projects worked out by hand. Days are working days (Monday
 * to Friday) counted from the first one from today on: day 0, day 1, …; every person works 40 hours a week, 8 a day,
 * and every task takes 8 hours on each of its days. Solves run on the test's thread with a move limit
 * (src/test/resources), so each plan read here is finished.
 */
@TandemIntegrationTest
class PlannerIntegrationTests {

    @Autowired
    Api api;
    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    ScheduleManagement schedule;
    @Autowired
    ChangeManagement change;
    @Autowired
    PlannerManagement planner;
    @Autowired
    Plans plans;
    @Autowired
    ProposedDatesSource ghosts;

    Actor admin;
    String key;

    @BeforeEach
    void project() {
        var team = TeamProject.open(identity, portfolio, "Planner", LocalDate.now());
        admin = team.admin();
        key = team.key();
    }

    @Test
    void twoPeopleThreeItemsOneSkillGetTheOnlyFeasibleAssignment() {
        String alice = engineer(Map.of("Kotlin", 3));
        String bob = engineer(Map.of("Kotlin", 1));
        // A needs Kotlin 3, which only Alice has; B runs beside A, so it is Bob's; C runs while Bob is away
        String a = task("A", 2, "skill:Kotlin:3", null, null);
        String b = task("B", 2, "skill:Kotlin", null, null);
        String c = task("C", 2, "skill:kotlin", null, day(2));
        identity.addLeave(admin, bob, day(2), day(3));

        PlanView plan = solve(Assign.UNASSIGNED, false);

        assertThat(plan.status()).isEqualTo(PlanStatus.READY);
        Map<String, PlanProposal.Reassignment> given = byKey(plan.proposal().reassigned(), PlanProposal.Reassignment::key);
        assertThat(given.get(a).newPerson()).isEqualTo(alice);
        assertThat(given.get(b).newPerson()).isEqualTo(bob);
        assertThat(given.get(c).newPerson()).isEqualTo(alice);
        assertThat(given.get(a).reasons()).contains(new PlanProposal.Message("planner.why.skill",
                List.of("Kotlin", 3, 1, "Engineer " + alice, 3)));
        assertThat(plan.proposal().moved()).isEmpty();
    }

    @Test
    void levelingDelaysOneOfTwoClashingItemsByExactlyTwoDays() {
        String alice = engineer(Map.of());
        task("A", 2, null, alice, null);
        task("B", 2, null, alice, null);

        PlanView plan = solve(Assign.NONE, true);

        assertThat(plan.status()).isEqualTo(PlanStatus.READY);
        assertThat(plan.proposal().moved()).singleElement().satisfies(m -> {
            assertThat(m.oldStart()).isEqualTo(day(0));
            assertThat(m.oldFinish()).isEqualTo(day(1));
            assertThat(m.newStart()).isEqualTo(day(2));
            assertThat(m.newFinish()).isEqualTo(day(3));
        });
        PlanProposal.PersonLoad load = plan.proposal().load().people().stream()
                .filter(p -> p.username().equals(alice)).findFirst().orElseThrow();
        assertThat(load.before().stream().mapToInt(Integer::intValue).sum()).isEqualTo(32);
        assertThat(load.after().stream().mapToInt(Integer::intValue).sum()).isEqualTo(32);
        // the Gantt draws the move as a ghost bar until the plan is accepted or discarded
        String moved = plan.proposal().moved().getFirst().key();
        assertThat(ghosts.proposedDates(admin, key))
                .containsExactly(Map.entry(moved, new ProposedDatesSource.Proposed(day(2), day(3))));
        planner.cancelOrDiscard(admin, key, plan.id());
        assertThat(ghosts.proposedDates(admin, key)).isEmpty();
        assertThat(planner.get(admin, key, plan.id()).status()).isEqualTo(PlanStatus.DISCARDED);
    }

    @Test
    void aPinnedItemKeepsItsDatesAndItsPerson() {
        String alice = engineer(Map.of("Kotlin", 5));
        String bob = engineer(Map.of("Kotlin", 1));
        String first = task("First", 2, "pin:person", bob, null);
        String pinned = task("Pinned", 2, "pin:dates,pin:person", bob, null);
        String kept = task("Kept", 1, "skill:Kotlin:3,pin:person", alice, day(6));
        String handedOver = task("Handed over", 1, "skill:Kotlin:3", bob, day(6));

        PlanView plan = solve(Assign.ALL, true);

        assertThat(plan.status()).isEqualTo(PlanStatus.READY);
        assertThat(plan.proposal().moved()).extracting(PlanProposal.Move::key).contains(first).doesNotContain(pinned);
        assertThat(plan.proposal().reassigned()).extracting(PlanProposal.Reassignment::key)
                .contains(handedOver).doesNotContain(kept);
    }

    @Test
    void workUnderWayStaysAndTheWorkNotStartedMoves() {
        String alice = engineer(Map.of());
        String waiting = task("Waiting", 2, null, alice, null);
        String underWay = task("Under way", 2, null, alice, null);
        items.move(admin, underWay, "In progress", null, null, items.get(admin, underWay).version());

        PlanView plan = solve(Assign.NONE, true);

        assertThat(plan.proposal().moved()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo(waiting);
            assertThat(m.newStart()).isEqualTo(day(2));
        });
    }

    @Test
    void leaveIsRespected() {
        String alice = engineer(Map.of());
        identity.addLeave(admin, alice, day(0), day(0));
        String a = task("A", 2, null, alice, null);

        PlanView plan = solve(Assign.NONE, true);

        assertThat(plan.proposal().moved()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo(a);
            assertThat(m.newStart()).isEqualTo(day(1));
            assertThat(m.newFinish()).isEqualTo(day(2));
        });
    }

    @Test
    void acceptingWritesThroughTheItems() {
        String alice = engineer(Map.of());
        String a = task("A", 2, null, alice, null);
        String b = task("B", 2, null, alice, null);
        String c = task("C", 1, null, null, day(5));

        PlanView plan = solve(Assign.UNASSIGNED, true);
        AcceptedPlan accepted = planner.accept(admin, key, plan.id(), null);

        PlanProposal.Move move = plan.proposal().moved().stream().filter(m -> !m.key().equals(c)).findFirst().orElseThrow();
        assertThat(accepted.applied()).containsExactlyInAnyOrder(move.key(), c);
        assertThat(accepted.deferred()).isEmpty();
        assertThat(accepted.changeRequest()).isNull();
        assertThat(accepted.plan().status()).isEqualTo(PlanStatus.ACCEPTED);
        ItemView moved = items.get(admin, move.key());
        assertThat(moved.plannedStart()).isEqualTo(day(2));
        assertThat(moved.plannedFinish()).isEqualTo(day(3));
        assertThat(items.get(admin, c).assignee()).isEqualTo(alice);
        assertThat(List.of(a, b)).contains(move.key());
        assertThatThrownBy(() -> planner.accept(admin, key, plan.id(), null)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("accepted");
    }

    @Test
    void aMilestonePastItsBaselineGoesToAChangeRequest() {
        api.feasibilitySignedOff(key);
        String alice = engineer(Map.of());
        task("A", 2, "pin:dates", alice, null);
        String b = task("B", 2, null, alice, null);
        String m = items.create(admin, key, new ItemFields("milestone", "Launch", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, Set.of())).key();
        items.addDependency(admin, m, b, "FS", 0);
        schedule.captureBaseline(admin, key, "Agreed");

        PlanView plan = solve(Assign.NONE, true);
        assertThat(plan.proposal().milestones()).singleElement().satisfies(s -> {
            assertThat(s.before()).isEqualTo(day(1));
            assertThat(s.after()).isEqualTo(day(3));
            assertThat(s.pastBaseline()).isTrue();
        });
        AcceptedPlan accepted = planner.accept(admin, key, plan.id(), List.of(b));

        assertThat(accepted.applied()).isEmpty();
        assertThat(accepted.deferred()).containsExactly(b);
        assertThat(change.get(admin, accepted.changeRequest()).changes())
                .containsExactly(new ProposedChange.SetDates(b, day(2), day(3)));
        assertThat(items.get(admin, b).plannedStart()).isNull();
        assertThat(accepted.plan().changeRequest()).isNotNull();
    }

    @Test
    void aPlanAcceptedAfterItsItemsChangedIsRefusedWithWhatChanged() {
        String alice = engineer(Map.of());
        String a = task("A", 2, null, alice, null);
        String b = task("B", 2, null, alice, null);
        PlanView plan = solve(Assign.NONE, true);
        ItemView before = items.get(admin, a);
        items.update(admin, a, new ItemFields(null, "A, renamed", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, Set.of()), before.version());

        assertThatThrownBy(() -> planner.accept(admin, key, plan.id(), null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(a + " (version " + before.version() + " → " + (before.version() + 1) + ")");
        assertThat(items.get(admin, a).plannedStart()).isNull();
        assertThat(items.get(admin, b).plannedStart()).isNull();
        assertThat(planner.get(admin, key, plan.id()).status()).isEqualTo(PlanStatus.READY);
    }

    @Test
    void aSecondSolveWhileOneRunsIsRefusedNamingIt() {
        long projectId = portfolio.project(admin, key).id();
        // a solve still running, on this node or another
        plans.save(new Plan(projectId, 7, new PlanOptions(Assign.ALL, true), 1, "{}", "pm", Instant.now()));

        assertThatThrownBy(() -> planner.start(admin, key, new PlanOptions(Assign.UNASSIGNED, true)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Plan 7 of " + key + " is still running (started by pm");
    }

    @Test
    void anInfeasibleProblemAnswersItsReasonsAndNoPlan() {
        engineer(Map.of("Kotlin", 5));
        String rust = task("Rust", 1, "skill:Rust:2", null, null);
        String pinned = items.create(admin, key, new ItemFields("task", "Pinned late", null, null, null, null, null, null,
                null, Set.of("pin:dates"), null, BigDecimal.valueOf(8), null, BigDecimal.valueOf(3), null, day(1), null,
                day(2), Set.of())).key();

        PlanView plan = solve(Assign.UNASSIGNED, true);

        assertThat(plan.status()).isEqualTo(PlanStatus.INFEASIBLE);
        assertThat(plan.proposal().infeasibilities()).containsExactlyInAnyOrder(
                new PlanProposal.Message("planner.infeasible.no-qualified-person", List.of(rust, "Rust ≥ 2")),
                new PlanProposal.Message("planner.infeasible.pin-after-due", List.of(pinned, day(2).toString())));
        assertThat(plan.proposal().moved()).isEmpty();
        assertThat(plan.proposal().reassigned()).isEmpty();
        assertThatThrownBy(() -> planner.accept(admin, key, plan.id(), null)).isInstanceOf(ConflictException.class);
    }

    private PlanView solve(Assign assign, boolean level) {
        PlanView started = planner.start(admin, key, new PlanOptions(assign, level));
        return planner.get(admin, key, started.id());
    }

    private String engineer(Map<String, Integer> skills) {
        String username = Api.uniqueUsername();
        identity.create(admin, new PersonDraft(username, "Engineer " + username, username + "@example.com", null, "en",
                BigDecimal.valueOf(40), null, true,
                skills.entrySet().stream().map(s -> new Skill(s.getKey(), s.getValue())).toList()));
        portfolio.addMember(admin, key, username, ProjectRole.ENGINEER);
        return username;
    }

    /** A task of {@code days} days and 8 hours a day; labels comma-separated. */
    private String task(String title, int days, String labels, String assignee, LocalDate notBefore) {
        return items.create(admin, key, new ItemFields("task", title, null, null, null, null, null, assignee, null,
                labels == null ? null : Set.of(labels.split(",")), null, BigDecimal.valueOf(8L * days), null,
                BigDecimal.valueOf(days), null, notBefore, null, null, Set.of())).key();
    }

    /** Working day {@code n} from today (Monday to Friday). */
    static LocalDate day(int n) {
        LocalDate day = LocalDate.now();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < n; i++) {
            day = day.plusDays(1);
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
