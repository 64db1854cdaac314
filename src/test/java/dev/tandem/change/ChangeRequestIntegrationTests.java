package dev.tandem.change;

import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.notification.Inbox;
import dev.tandem.planning.FeasibilityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.schedule.BaselineSummary;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.TeamProject;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plan starting Monday 4 January 2027: Design (3 days) → Build (2) → Test (4) → Release (milestone), and Docs
 * (1 day) on the side; finish Thursday 14 January. Every expected figure below is counted by hand on that calendar.
 */
@TandemIntegrationTest
class ChangeRequestIntegrationTests {

    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    ScheduleManagement schedules;
    @Autowired
    ChangeManagement changes;
    @Autowired
    Inbox inbox;
    @Autowired
    FeasibilityManagement feasibility;
    @Autowired
    JdbcTemplate jdbc;

    Actor pm;
    Actor em;
    Actor architect;
    Actor engineer;
    Actor outsider;
    String key;

    @BeforeEach
    void plan() {
        var team = TeamProject.open(identity, portfolio, "Change");
        pm = team.admin();
        key = team.key();
        engineer = team.member("eng", ProjectRole.ENGINEER);
        task("Design", 3);
        task("Build", 2);
        task("Test", 4);
        items.create(pm, key, new ItemFields("milestone", "Release", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, Set.of()));
        task("Docs", 1);
        items.addDependency(pm, key + "-2", key + "-1", "FS", 0);
        items.addDependency(pm, key + "-3", key + "-2", "FS", 0);
        items.addDependency(pm, key + "-4", key + "-3", "FS", 0);
        em = team.member("em", ProjectRole.EM);
        architect = team.member("arch", ProjectRole.ARCHITECT);
        feasibility.signOff(em, key, null);
        feasibility.signOff(architect, key, null);
        schedules.captureBaseline(pm, key, "Kick-off");
        outsider = team.outsider("out");
        changes.configureBoard(pm, key, null, null, null, "EUR", null, null, Map.of(engineer.username(), BigDecimal.valueOf(100)), 0L);
    }

    private void task(String title, int days) {
        items.create(pm, key, new ItemFields("task", title, null, null, null, null, null, engineer.username(), null,
                null, null, null, null, BigDecimal.valueOf(days), null, null, null, null, Set.of()));
    }

    private static ProposedChange setEstimate(String item, int days) {
        return new ProposedChange.SetEstimate(item, BigDecimal.valueOf(days), null, null);
    }

    private ProposedChange addTaskAfter(String title, int days, String predecessor) {
        return new ProposedChange.AddItem("task", title, BigDecimal.valueOf(days), null, null,
                List.of(predecessor), null, null, engineer.username());
    }

    private ChangeRequestView buildTakesLonger() {
        return changes.draft(engineer, key, "Build takes longer", "The PSP sandbox needs a second integration pass",
                List.of(setEstimate(key + "-2", 4), addTaskAfter("Security review", 2, key + "-3")), 3,
                "Touches the payment path");
    }

    @Test
    void submittingComputesTheImpactOnAWhatIfCopyAndChangesNothing() {
        var cr = changes.submit(engineer, buildTakesLonger().id());
        var impact = cr.impact();

        assertThat(cr.state()).isEqualTo(ChangeState.IN_REVIEW);
        assertThat(impact.finishBefore()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(impact.finishAfter()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(impact.slipWorkingDays()).isEqualTo(4);
        assertThat(impact.milestones()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo(key + "-4");
            assertThat(m.baseline()).isEqualTo(LocalDate.of(2027, 1, 14));
            assertThat(m.before()).isEqualTo(LocalDate.of(2027, 1, 14));
            assertThat(m.after()).isEqualTo(LocalDate.of(2027, 1, 18));
            assertThat(m.slipWorkingDays()).isEqualTo(2);
        });
        assertThat(impact.newlyCritical()).containsExactly("NEW-1");
        assertThat(impact.effortDeltaHours()).isEqualByComparingTo("32");
        assertThat(impact.costDelta()).isEqualByComparingTo("3200.00");
        assertThat(impact.currency()).isEqualTo("EUR");
        assertThat(impact.rateCardComplete()).isTrue();
        assertThat(impact.quality().rating()).isEqualTo(3);
        assertThat(impact.overCapacity()).isEmpty();
        assertThat(cr.reviewers()).containsExactlyInAnyOrder("admin", em.username(), architect.username());

        assertThat(items.get(pm, key + "-2").mostLikelyDays()).isEqualByComparingTo("2");
        assertThat(schedules.schedule(pm, key).finish()).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void theImpactNamesPeopleItWouldOverloadAndOpenBugsOnTheTouchedItems() {
        items.create(pm, key, new ItemFields("bug", "Build fails on ARM", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, Set.of()));
        items.addDependency(pm, key + "-6", key + "-2", "FS", 0);
        var heavy = new ProposedChange.AddItem("task", "Load test", BigDecimal.valueOf(2), BigDecimal.valueOf(80),
                null, null, null, null, em.username());
        var cr = changes.submit(engineer, changes.draft(engineer, key, "Load test", "Needed before go-live",
                List.of(heavy, setEstimate(key + "-2", 2)), 4, "Low risk").id());

        assertThat(cr.impact().overCapacity()).singleElement().satisfies(o -> {
            // 80 hours over two days in the first week, for someone with nothing else to do and 40 hours a week
            assertThat(o.username()).isEqualTo(em.username());
            assertThat(o.displayName()).as("the page names the person, not their handle")
                    .isEqualTo(identity.get(em.username()).displayName());
            assertThat(o.week()).isEqualTo("2027-W01");
            assertThat(o.plannedHours()).isEqualByComparingTo("80");
            assertThat(o.availableHours()).isEqualByComparingTo("40");
        });
        assertThat(cr.impact().quality().openBugs()).containsExactly(key + "-6");
        assertThat(cr.impact().rateCardComplete()).as("the EM has no rate").isFalse();
    }

    @Test
    void overCapacityCountsTheProjectCalendarAndLeaveAndOnlyItemsWithAnHourEstimate() {
        // a holiday on Tuesday of the first week and the EM's leave on Thursday leave three working days: 24 hours
        schedules.setException(pm, key, LocalDate.of(2027, 1, 5), false, "Holiday");
        identity.addLeave(pm, em.username(), LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 7));
        var heavy = new ProposedChange.AddItem("task", "Load test", BigDecimal.valueOf(2), BigDecimal.valueOf(30),
                null, null, null, null, em.username());
        // two items of the architect's without an hour estimate, side by side: unknown effort, not two full days a day
        var unknownA = new ProposedChange.AddItem("task", "Spike A", BigDecimal.valueOf(3), null, null, null, null,
                null, architect.username());
        var unknownB = new ProposedChange.AddItem("task", "Spike B", BigDecimal.valueOf(3), null, null, null, null,
                null, architect.username());
        var cr = changes.submit(engineer, changes.draft(engineer, key, "Load test", "Needed before go-live",
                List.of(heavy, unknownA, unknownB), 3, "Low risk").id());

        assertThat(cr.impact().overCapacity()).singleElement().satisfies(o -> {
            assertThat(o.username()).isEqualTo(em.username());
            assertThat(o.week()).isEqualTo("2027-W01");
            assertThat(o.plannedHours()).isEqualByComparingTo("30");
            assertThat(o.availableHours()).as("40 h a week / 5 × 3 working days").isEqualByComparingTo("24");
        });
    }

    @Test
    void approvalByTheWholeBoardAppliesTheChangeAndCapturesABaselineNamedAfterIt() {
        long id = changes.submit(engineer, buildTakesLonger().id()).id();
        changes.vote(pm, id, VoteDecision.APPROVE, "Agreed");
        changes.vote(em, id, VoteDecision.APPROVE, null);
        assertThat(changes.get(pm, id).state()).isEqualTo(ChangeState.IN_REVIEW);

        var applied = changes.vote(architect, id, VoteDecision.APPROVE, "Fine by architecture");

        assertThat(applied.state()).isEqualTo(ChangeState.APPLIED);
        assertThat(applied.baseline()).isEqualTo("CR-1 Build takes longer");
        assertThat(items.get(pm, key + "-2").mostLikelyDays()).isEqualByComparingTo("4");
        assertThat(items.all(pm, key)).anySatisfy(i -> assertThat(i.title()).isEqualTo("Security review"));
        assertThat(schedules.schedule(pm, key).finish()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(schedules.baselines(pm, key)).extracting(BaselineSummary::name)
                .containsExactly("CR-1 Build takes longer", "Kick-off");
    }

    @Test
    void aRequestStoredWhenEveryStepCarriedEveryPropertyStillReadsAndApplies() {
        long id = changes.draft(engineer, key, "Stored earlier", "Written before steps were typed",
                List.of(setEstimate(key + "-2", 9)), null, null).id();
        jdbc.update("update change_request set changes_json = ? where id = ?", """
                [{"op":"setEstimate","item":"%1$s-2","type":null,"title":null,"mostLikelyDays":4,"estimateHours":null,
                  "storyPoints":null,"predecessors":null,"plannedStart":null,"plannedFinish":null,"predecessor":null,
                  "lagDays":null,"assignee":null},
                 {"op":"addItem","item":null,"type":"task","title":"Security review","mostLikelyDays":1,
                  "estimateHours":null,"storyPoints":null,"predecessors":["%1$s-2"],"plannedStart":null,
                  "plannedFinish":null,"predecessor":null,"lagDays":null,"assignee":null}]""".formatted(key), id);

        assertThat(changes.get(pm, id).changes()).containsExactly(
                new ProposedChange.SetEstimate(key + "-2", BigDecimal.valueOf(4), null, null),
                new ProposedChange.AddItem("task", "Security review", BigDecimal.ONE, null, null, List.of(key + "-2"),
                        null, null, null));
        changes.submit(engineer, id);
        changes.vote(pm, id, VoteDecision.APPROVE, null);
        changes.vote(em, id, VoteDecision.APPROVE, null);
        assertThat(changes.vote(architect, id, VoteDecision.APPROVE, null).state()).isEqualTo(ChangeState.APPLIED);
        assertThat(items.get(pm, key + "-2").mostLikelyDays()).isEqualByComparingTo("4");
        assertThat(items.all(pm, key)).anySatisfy(i -> assertThat(i.title()).isEqualTo("Security review"));
    }

    @Test
    void aRejectionAppliesNothingAndKeepsTheReason() {
        long id = changes.submit(engineer, buildTakesLonger().id()).id();
        changes.vote(pm, id, VoteDecision.APPROVE, null);
        var rejected = changes.vote(architect, id, VoteDecision.REJECT, "Split the security review out first");

        assertThat(rejected.state()).isEqualTo(ChangeState.REJECTED);
        assertThat(rejected.decisionNote()).contains("Split the security review out first");
        assertThat(items.get(pm, key + "-2").mostLikelyDays()).isEqualByComparingTo("2");
        assertThat(schedules.baselines(pm, key)).hasSize(1);
        assertThatThrownBy(() -> changes.vote(em, id, VoteDecision.APPROVE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("rejected");
    }

    @Test
    void twoApprovalsArrivingAtOnceApplyTheChangeExactlyOnce() throws Exception {
        changes.configureBoard(pm, key, DecisionRule.MAJORITY, null, null, null, null, null, null,
                changes.boardSettings(pm, key).version());
        long id = changes.submit(engineer, buildTakesLonger().id()).id();
        // one approval of three is not yet a majority; either of the next two makes it one
        changes.vote(pm, id, VoteDecision.APPROVE, null);

        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Actor reviewer : List.of(em, architect)) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return changes.vote(reviewer, id, VoteDecision.APPROVE, null).state().name();
                } catch (ConflictException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (var outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("APPLIED", "refused");
        assertThat(items.all(pm, key)).filteredOn(i -> i.title().equals("Security review")).hasSize(1);
        assertThat(schedules.baselines(pm, key)).hasSize(2);
        assertThat(items.history(pm, key + "-2")).filteredOn(h -> h.field().equals("mostLikelyDays")).hasSize(1);
    }

    @Test
    void votesComeFromTheBoardOnlyAndASecondVoteReplacesTheFirst() {
        long id = changes.submit(engineer, buildTakesLonger().id()).id();
        assertThatThrownBy(() -> changes.vote(outsider, id, VoteDecision.APPROVE, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> changes.vote(engineer, id, VoteDecision.APPROVE, null)).isInstanceOf(ForbiddenException.class);

        changes.vote(em, id, VoteDecision.ABSTAIN, "Thinking");
        var replaced = changes.vote(em, id, VoteDecision.APPROVE, "Convinced");
        assertThat(replaced.votes()).singleElement().satisfies(v -> {
            assertThat(v.username()).isEqualTo(em.username());
            assertThat(v.decision()).isEqualTo(VoteDecision.APPROVE);
            assertThat(v.comment()).isEqualTo("Convinced");
        });
    }

    @Test
    void aWithdrawnRequestCannotBeApproved() {
        long id = changes.submit(engineer, buildTakesLonger().id()).id();
        changes.withdraw(engineer, id);
        assertThatThrownBy(() -> changes.vote(pm, id, VoteDecision.APPROVE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("withdrawn");
    }

    @Test
    void aWhatIfThatClosesACycleIsRefusedAtSubmissionWithTheCycle() {
        var cycle = new ProposedChange.AddDependency(key + "-1", key + "-3", "FS", 0);
        long id = changes.draft(engineer, key, "Loop", "Test first", List.of(cycle), null, null).id();
        assertThatThrownBy(() -> changes.submit(engineer, id)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("cycle").hasMessageContaining(key + "-1");
        assertThat(changes.get(engineer, id).state()).isEqualTo(ChangeState.DRAFT);
    }

    @Test
    void anItemDeletedSinceDraftingIsAConflictUntilTheRequestIsRefreshed() {
        var docs = items.get(pm, key + "-5");
        long id = changes.submit(engineer, changes.draft(engineer, key, "Docs and build", "Both grow",
                List.of(setEstimate(docs.key(), 2), setEstimate(key + "-2", 3)), null, null).id()).id();
        items.delete(pm, docs.key(), docs.version());

        assertThat(changes.get(pm, id).conflicts()).containsExactly(docs.key());
        assertThatThrownBy(() -> changes.vote(pm, id, VoteDecision.APPROVE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("refresh");

        var refreshed = changes.refresh(engineer, id);
        assertThat(refreshed.conflicts()).isEmpty();
        assertThat(refreshed.changes()).singleElement().isEqualTo(setEstimate(key + "-2", 3));
        assertThat(refreshed.state()).isEqualTo(ChangeState.IN_REVIEW);
    }

    @Test
    void stepsOutsideTheLimitsOfAWorkItemAreRefusedWhenDrafted() {
        var huge = setEstimate(key + "-2", 1_000_000_000);
        assertThatThrownBy(() -> changes.draft(engineer, key, "Huge", "x", List.of(huge), null, null))
                .isInstanceOf(dev.tandem.shared.InvalidInputException.class).hasMessageContaining("10000");
        var remove = new ProposedChange.RemoveItem(key + "-5");
        assertThatThrownBy(() -> changes.draft(engineer, key, "Gone", "x", List.of(remove, setEstimate(key + "-5", 2)),
                null, null)).isInstanceOf(dev.tandem.shared.InvalidInputException.class).hasMessageContaining("earlier step");
        var list = new ArrayList<ProposedChange>();
        list.add(null);
        assertThatThrownBy(() -> changes.draft(engineer, key, "Null", "x", list, null, null))
                .isInstanceOf(dev.tandem.shared.InvalidInputException.class);
        assertThat(changes.list(pm, key)).isEmpty();
    }

    @Test
    void aMajorityWaitsForTheVetoHolderAndAPartialBoardEditKeepsTheVeto() {
        changes.configureBoard(pm, key, DecisionRule.MAJORITY, null, ProjectRole.PM, null, null, null, null,
                changes.boardSettings(pm, key).version());
        changes.configureBoard(pm, key, null, null, null, "USD", null, null, null, changes.boardSettings(pm, key).version());
        assertThat(changes.boardSettings(pm, key).vetoRole()).isEqualTo(ProjectRole.PM);

        long id = changes.submit(engineer, buildTakesLonger().id()).id();
        changes.vote(em, id, VoteDecision.APPROVE, null);
        var twoOfThree = changes.vote(architect, id, VoteDecision.APPROVE, null);
        assertThat(twoOfThree.state()).as("the PM holds the veto and has not voted").isEqualTo(ChangeState.IN_REVIEW);
        assertThat(changes.vote(pm, id, VoteDecision.REJECT, "Not before the pilot").state()).isEqualTo(ChangeState.REJECTED);
    }

    @Test
    void anApprovalCannotCaptureTheFirstBaselineWithoutTheFeasibilitySignOff() {
        String fresh = key.length() < 10 ? key + "N" : key.substring(0, 9) + "N";
        portfolio.createProject(pm, fresh, "Fresh", null, null, LocalDate.of(2027, 1, 4));
        var task = items.create(pm, fresh, new ItemFields("task", "Design", null, null, null, null, null, null, null,
                null, null, null, null, BigDecimal.ONE, null, null, null, null, Set.of()));
        portfolio.addMember(pm, fresh, em.username(), ProjectRole.EM);
        long id = changes.submit(pm, changes.draft(pm, fresh, "Grow", "x", List.of(setEstimate(task.key(), 3)), null,
                null).id()).id();
        changes.vote(pm, id, VoteDecision.APPROVE, null);
        assertThatThrownBy(() -> changes.vote(em, id, VoteDecision.APPROVE, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("sign-off");
        assertThat(items.get(pm, task.key()).mostLikelyDays()).isEqualByComparingTo("1");
        assertThat(schedules.baselines(pm, fresh)).isEmpty();
    }

    @Test
    void afterTheBaselineAMajorTechnicalItemChangesScopeOnlyThroughAnApprovedRequest() {
        var build = items.get(pm, key + "-2");
        build = items.markMajorTechnical(pm, build.key(), true, build.version());
        assertThat(build.majorTechnical()).isTrue();
        long version = build.version();

        assertThatThrownBy(() -> items.update(engineer, key + "-2", new ItemFields(null, null, null, null, null, null,
                null, null, null, null, null, null, null, BigDecimal.valueOf(9), null, null, null, null, Set.of()), version))
                .isInstanceOf(ConflictException.class).hasMessageContaining("change request")
                .hasMessageContaining("mostLikelyDays");
        var started = items.update(engineer, key + "-2", new ItemFields(null, null, null, "In progress", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, Set.of()), version);
        assertThat(started.status()).as("status is not scope").isEqualTo("In progress");

        long id = changes.submit(engineer, buildTakesLonger().id()).id();
        changes.vote(pm, id, VoteDecision.APPROVE, null);
        changes.vote(em, id, VoteDecision.APPROVE, null);
        assertThat(changes.vote(architect, id, VoteDecision.APPROVE, null).state()).isEqualTo(ChangeState.APPLIED);
        assertThat(items.get(pm, key + "-2").mostLikelyDays()).isEqualByComparingTo("4");
    }

    @Test
    void afterTheBaselineAMajorTechnicalItemCannotBeUnmarkedOrDeletedOutsideARequest() {
        var build = items.markMajorTechnical(pm, key + "-2", true, items.get(pm, key + "-2").version());
        long version = build.version();

        assertThatThrownBy(() -> items.markMajorTechnical(engineer, key + "-2", false, version))
                .isInstanceOf(ConflictException.class).hasMessageContaining("change request");
        assertThatThrownBy(() -> items.delete(em, key + "-2", version))
                .isInstanceOf(ConflictException.class).hasMessageContaining("change request");
        assertThat(items.get(pm, key + "-2").majorTechnical()).isTrue();
        assertThat(items.get(pm, key + "-2").version()).isEqualTo(version);
    }

    // the configured board

    private ChangeManagement.BoardSettings board(DecisionRule rule, Integer quorum, List<String> reviewers) {
        return changes.configureBoard(pm, key, rule, quorum, null, null, reviewers, null, null,
                changes.boardSettings(pm, key).version());
    }

    private boolean asked(Actor person, long id) {
        return inbox.notices(person, java.util.Locale.ENGLISH).stream().anyMatch(n -> n.link().equals("/change-requests/" + id));
    }

    @Test
    void aBoardOfTheEmAndTheArchitectDecidesWithoutThePmWhoCreatedTheProject() {
        var settings = board(null, null, List.of(em.username(), architect.username()));
        assertThat(settings.reviewers()).containsExactlyInAnyOrder(em.username(), architect.username());

        long id = changes.submit(engineer, buildTakesLonger().id()).id();
        assertThat(changes.get(pm, id).reviewers()).containsExactlyInAnyOrder(em.username(), architect.username());
        assertThat(asked(em, id)).isTrue();
        assertThat(asked(architect, id)).isTrue();
        assertThat(asked(pm, id)).as("the PM is not on the board and gets no notice").isFalse();
        assertThatThrownBy(() -> changes.vote(pm, id, VoteDecision.APPROVE, null)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining(em.username());

        changes.vote(em, id, VoteDecision.APPROVE, null);
        assertThat(changes.vote(architect, id, VoteDecision.APPROVE, null).state()).isEqualTo(ChangeState.APPLIED);
        assertThat(changes.get(pm, id).votes()).hasSize(2);
    }

    @Test
    void aQuorumOfTwoInABoardOfThreeApprovesAfterTwoApprovals() {
        var settings = board(DecisionRule.QUORUM, 2, null);
        assertThat(settings.rule()).isEqualTo(DecisionRule.QUORUM);
        assertThat(settings.quorum()).isEqualTo(2);
        assertThat(settings.reviewers()).as("never listed: the PM, EM and architect").hasSize(3);

        long id = changes.submit(engineer, buildTakesLonger().id()).id();
        assertThat(changes.vote(em, id, VoteDecision.APPROVE, null).state()).isEqualTo(ChangeState.IN_REVIEW);
        assertThat(changes.vote(architect, id, VoteDecision.APPROVE, null).state()).isEqualTo(ChangeState.APPLIED);
        assertThat(items.get(pm, key + "-2").mostLikelyDays()).isEqualByComparingTo("4");
    }

    @Test
    void aBoardListingSomeoneOutsideTheProjectOrNobodyIsRefusedAndNothingChanges() {
        var before = changes.boardSettings(pm, key);

        assertThatThrownBy(() -> board(DecisionRule.QUORUM, 1, List.of(em.username(), outsider.username(), "nobody-at-all")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(outsider.username())
                .hasMessageContaining("nobody-at-all").hasMessageNotContaining(em.username() + ",");
        assertThatThrownBy(() -> board(null, null, List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> board(DecisionRule.QUORUM, null, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("quorum");
        assertThatThrownBy(() -> board(DecisionRule.QUORUM, 3, List.of(em.username(), architect.username())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 1 and the board's size, 2");
        assertThatThrownBy(() -> changes.configureBoard(em, key, null, null, null, null, List.of(em.username()), null,
                null, before.version())).isInstanceOf(ForbiddenException.class);

        assertThat(changes.boardSettings(pm, key)).isEqualTo(before);
    }

    @Test
    void someoneRemovedFromTheProjectIsNoLongerOnTheBoard() {
        board(null, null, List.of(em.username(), architect.username()));
        portfolio.removeMember(pm, key, architect.username());

        assertThat(changes.boardSettings(pm, key).reviewers()).containsExactly(em.username());
        long id = changes.submit(engineer, buildTakesLonger().id()).id();
        assertThat(changes.vote(em, id, VoteDecision.APPROVE, null).state()).as("the EM is the whole board now")
                .isEqualTo(ChangeState.APPLIED);

        portfolio.removeMember(pm, key, em.username());
        assertThat(changes.boardSettings(pm, key).reviewers()).as("nobody listed is left: the PM and EM roles decide")
                .containsExactly("admin");
    }
}
