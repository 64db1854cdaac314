package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.audit.AuditTrail;
import dev.tandem.change.ChangeManagement;
import dev.tandem.change.ChangeRequestView;
import dev.tandem.change.ChangeState;
import dev.tandem.planning.Alternative;
import dev.tandem.register.BufferStatus;
import dev.tandem.planning.CharterManagement;
import dev.tandem.planning.CharterView;
import dev.tandem.planning.FeasibilityManagement;
import dev.tandem.planning.KickoffManagement;
import dev.tandem.planning.KickoffView;
import dev.tandem.register.RiskManagement;
import dev.tandem.register.RiskRegister;
import dev.tandem.register.RiskView;
import dev.tandem.register.ScorecardManagement;
import dev.tandem.register.ScorecardView;
import dev.tandem.register.TechDebtManagement;
import dev.tandem.schedule.BaselineSummary;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.ProjectOverview;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.sprint.SprintState;
import dev.tandem.sprint.SprintView;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo organisation as a newcomer meets it, loaded into its own in-memory database. */
@SpringBootTest(properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DemoDataTests {

    @Autowired
    DemoData demoData;
    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement workItems;
    @Autowired
    AuditTrail audit;
    @Autowired
    SprintManagement sprints;
    @Autowired
    CharterManagement charters;
    @Autowired
    KickoffManagement kickoffs;
    @Autowired
    FeasibilityManagement feasibility;
    @Autowired
    ScheduleManagement schedules;
    @Autowired
    ChangeManagement changes;
    @Autowired
    RiskManagement risks;
    @Autowired
    TechDebtManagement debts;
    @Autowired
    ScorecardManagement scorecards;
    @Autowired
    dev.tandem.schedule.SyncReports syncReports;
    @Autowired
    dev.tandem.earnedvalue.EarnedValueManagement earnedValue;
    @Autowired
    dev.tandem.timetracking.TimeTrackingManagement time;

    @Autowired
    dev.tandem.knowledge.KnowledgeManagement wiki;

    @Test
    void thePaymentSystemsWikiHasAnArchitecturePageThatLinksItsRunbookAndAnItem() {
        var space = wiki.projectSpace(admin(), "PAY");
        assertThat(space.pages()).extracting(p -> p.title() + "@" + p.depth())
                .containsExactly("Payment architecture@0", "Ledger runbook@1");
        var architecture = wiki.page(admin(), space.pages().getFirst().id());
        assertThat(architecture.html()).contains("href=\"/wiki/pages/" + space.pages().get(1).id() + "\"",
                "href=\"/items/PAY-", "<table>");
        assertThat(wiki.adrs(admin(), "PAY")).isNotEmpty();
    }

    @Test
    void thePaymentSystemHasAFullPlan() {
        List<ItemView> items = workItems.all(admin(), "PAY");

        assertThat(items).hasSizeGreaterThanOrEqualTo(140);
        assertThat(items).extracting(ItemView::type).containsAll(Set.of("epic", "feature", "story", "task", "bug", "milestone"));
        assertThat(items).filteredOn(i -> i.type().equals("milestone")).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(m -> assertThat(m.dueDate()).isNotNull());
        assertThat(items).extracting(ItemView::statusCategory).containsAll(EnumSet.allOf(StatusCategory.class));
        assertThat(items).allSatisfy(i -> {
            assertThat(i.plannedStart().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(i.plannedFinish().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        assertThat(items).filteredOn(i -> i.statusCategory() == StatusCategory.DONE)
                .allSatisfy(i -> assertThat(i.plannedFinish()).isBeforeOrEqualTo(i.actualFinish()));
        assertThat(items).filteredOn(i -> i.type().equals("task")).allSatisfy(t -> {
            assertThat(t.parent()).isNotNull();
            assertThat(t.estimateHours()).isNotNull();
            assertThat(t.mostLikelyDays()).isNotNull();
        });
        assertThat(items).filteredOn(i -> i.assignee() != null).hasSizeGreaterThan(items.size() / 2);
    }

    @Test
    void peopleLoggedHoursOnTheWorkTheyDidAndThePaymentSystemHasAnEarnedValueCurve() {
        var logged = time.loggedHours(admin(), "PAY");
        Set<String> assignees = workItems.all(admin(), "PAY").stream().filter(i -> i.assignee() != null)
                .map(i -> i.key() + " " + i.assignee()).collect(Collectors.toSet());
        var report = earnedValue.report(admin(), "PAY");

        assertThat(logged).hasSizeGreaterThan(100)
                .allSatisfy(l -> assertThat(assignees).contains(l.item() + " " + l.username()));
        assertThat(report.currency()).isEqualTo("CNY");
        assertThat(report.total().ac()).isPositive();
        assertThat(report.total().ev()).isPositive();
        // the weeks already past are recorded, with a cost that grows week by week
        var past = report.curve().stream().filter(p -> p.recorded()).toList();
        assertThat(past).hasSizeGreaterThanOrEqualTo(3);
        assertThat(past.getLast().ac()).isGreaterThan(past.getFirst().ac());
    }

    @Test
    void theWeeklySyncSaysWhatMovedGeneralAvailabilityAndWhy() {
        var moved = syncReports.report(admin(), "PAY", null).moved();
        var availability = moved.stream().filter(m -> "General availability".equals(m.title())).findFirst().orElseThrow();
        assertThat(availability.slipDays()).isEqualTo(4);
        assertThat(availability.topCauses()).extracting(c -> c.kind() + " " + c.owner() + " " + c.days())
                .containsExactly("estimate wangfang 3", "scope dokafor 1");
    }

    @Test
    void twelvePeopleWithSkillsAndNoPasswords() {
        List<PersonSummary> demoPeople = identity.list().stream().filter(p -> !p.username().equals("admin")).toList();

        assertThat(demoPeople).hasSizeGreaterThanOrEqualTo(12).allSatisfy(p -> {
            assertThat(p.canSignIn()).isFalse();
            assertThat(p.skills()).hasSizeBetween(2, 5);
            assertThat(p.email()).endsWith("@example.com");
        });
        assertThat(demoPeople).extracting(PersonSummary::orgRole).contains(Actor.OrgRole.PMO);
        assertThat(demoPeople).extracting(PersonSummary::locale).contains("en", "zh-CN");
    }

    @Test
    void everyProjectRoleIsFilledAndBothProjectsExist() {
        List<MemberSummary> members = portfolio.members(admin(), "PAY");

        assertThat(members).extracting(MemberSummary::role).containsAll(EnumSet.allOf(ProjectRole.class));
        // admin sits in only as a stakeholder, to vote on the review board; the demo's own PM leads
        assertThat(members).filteredOn(m -> m.username().equals("admin")).extracting(MemberSummary::role)
                .containsExactly(ProjectRole.STAKEHOLDER);
        assertThat(members).filteredOn(m -> m.role() == ProjectRole.PM).extracting(MemberSummary::username)
                .containsExactly("zhangmin");
        assertThat(portfolio.visibleProjects(admin())).extracting(ProjectSummary::key).containsExactly("CORE", "MOB", "ONB", "PAY", "RPT");
        assertThat(workItems.all(admin(), "MOB")).hasSizeBetween(20, 30);
    }

    @Test
    void everyPlannedDependencyWasAccepted() {
        for (DemoProject project : DemoLoader.PROJECTS) {
            int planned = DemoPlan.of(project.outline(), 0).links().size();
            // after PAY's kick-off the EM links general availability to the decommissioning (its slip's cause)
            int addedLater = project.key().equals("PAY") ? 1 : 0;

            assertThat(workItems.projectDependencies(admin(), project.key())).hasSize(planned + addedLater);
        }
        assertThat(workItems.projectDependencies(admin(), "PAY"))
                .extracting(d -> d.type().name()).contains("FS", "SS", "FF");
    }

    @Test
    void aSprintIsRunningWithTheWorkUnderWayAndTheNextOneIsPlanned() {
        var sprintsOfPay = sprints.sprints(admin(), "PAY");
        assertThat(sprintsOfPay).extracting(SprintView::state).contains(SprintState.ACTIVE, SprintState.PLANNED);
        assertThat(sprintsOfPay).filteredOn(s -> s.state() == SprintState.ACTIVE).singleElement()
                .satisfies(s -> assertThat(s.items()).hasSizeBetween(5, 14));
    }

    @Test
    void someWorkIsBlockedAndSomeIsOverdue() {
        ProjectOverview overview = workItems.overview(admin(), "PAY");

        assertThat(overview.blocked()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(i -> assertThat(i.blockedReason()).isNotBlank());
        assertThat(overview.overdue()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(overview.milestonesAhead()).isNotEmpty();
    }

    @Test
    void runningTheLoaderAgainAddsNothing() {
        int people = identity.list().size();
        Set<String> itemKeys = workItems.all(admin(), "PAY").stream().map(ItemView::key).collect(Collectors.toSet());

        demoData.run(new DefaultApplicationArguments());

        assertThat(identity.list()).hasSize(people);
        assertThat(portfolio.visibleProjects(admin())).hasSize(2 + FinishedHistory.PROJECTS.size());
        assertThat(workItems.all(admin(), "PAY")).extracting(ItemView::key).containsExactlyInAnyOrderElementsOf(itemKeys);
    }

    @Test
    void thePaymentSystemHasACharterWithDecisionsDifficultiesAndMetrics() {
        CharterView charter = charters.charter(admin(), "PAY");

        assertThat(List.of(charter.vision(), charter.businessValue(), charter.scopeIn(), charter.scopeOut(),
                charter.architectureSummary())).allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(charter.adrs()).hasSizeBetween(2, 3);
        assertThat(charter.difficulties()).singleElement().satisfies(d -> assertThat(d.alternatives())
                .extracting(Alternative::chosen).containsExactlyInAnyOrder(true, false));
        assertThat(charter.metrics()).isNotEmpty();
        KickoffView kickoff = kickoffs.kickoff(admin(), "PAY");
        assertThat(kickoff.decisions()).isNotBlank();
        assertThat(kickoff.actions()).isNotEmpty();
    }

    @Test
    void feasibilityIsSignedOffAndTheKickoffAndChangeBaselinesExist() {
        assertThat(feasibility.status(admin(), "PAY").missing()).isEmpty();
        assertThat(feasibility.status(admin(), "PAY").signoffs()).hasSize(2);

        assertThat(schedules.baselines(admin(), "PAY")).extracting(BaselineSummary::name)
                .contains("Kick-off").anySatisfy(name -> assertThat(name).startsWith("CR-1 "));
    }

    @Test
    void oneChangeRequestWasApprovedAndAnotherAwaitsTheVoteOfAdmin() {
        List<ChangeRequestView> requests = changes.list(admin(), "PAY");

        assertThat(requests).filteredOn(r -> r.state() == ChangeState.APPLIED).singleElement()
                .satisfies(r -> assertThat(r.baseline()).startsWith("CR-1 "));
        assertThat(requests).filteredOn(r -> r.state() == ChangeState.IN_REVIEW).singleElement().satisfies(r -> {
            assertThat(r.reviewers()).contains("admin");
            assertThat(r.votes()).extracting(ChangeRequestView.VoteView::username).isNotEmpty().doesNotContain("admin");
        });
    }

    @Test
    void risksSpreadOverTheHeatMapAndSomeAreAboveTheThreshold() {
        RiskRegister register = risks.register(admin(), "PAY");

        assertThat(register.risks()).filteredOn(RiskView::aboveThreshold).hasSizeGreaterThanOrEqualTo(2);
        assertThat(register.risks()).filteredOn(r -> !r.aboveThreshold()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(register.risks()).extracting(RiskView::probability).contains(1, 2, 3, 4, 5);
        assertThat(register.risks()).extracting(RiskView::impact).contains(1, 2, 3, 4, 5);
    }

    @Test
    void theBufferFeverChartIsInTheYellowZone() {
        BufferStatus buffer = debts.buffer(admin(), "PAY");

        assertThat(buffer.zone()).isEqualTo(BufferStatus.Zone.YELLOW);
        assertThat(buffer.debts()).isNotEmpty();
        assertThat(debts.debts(admin(), "PAY")).hasSizeGreaterThan(buffer.debts().size());
    }

    @Test
    void twoFeaturesHaveScorecardsWithAHistory() {
        List<ScorecardView> cards = scorecards.scorecards(admin(), "PAY");

        assertThat(cards).hasSize(2).allSatisfy(card -> {
            assertThat(card.itemType()).isEqualTo("feature");
            assertThat(scorecards.history(admin(), "PAY", card.item())).hasSize(2);
        });
    }

    @Test
    void theLoadKeepsTheAuditChainIntact() {
        assertThat(audit.verify(admin()).valid()).isTrue();
    }

    private Actor admin() {
        PersonSummary admin = identity.get("admin");
        return new Actor(admin.id(), admin.username(), admin.orgRole());
    }
}
