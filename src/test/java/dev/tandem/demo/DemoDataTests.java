package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.audit.AuditTrail;
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
import dev.tandem.workitem.SprintManagement;
import dev.tandem.workitem.SprintState;
import dev.tandem.workitem.SprintView;
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
        assertThat(members).extracting(MemberSummary::username).doesNotContain("admin");
        assertThat(portfolio.visibleProjects(admin())).extracting(ProjectSummary::key).containsExactly("MOB", "PAY");
        assertThat(workItems.all(admin(), "MOB")).hasSizeBetween(20, 30);
    }

    @Test
    void everyPlannedDependencyWasAccepted() {
        for (DemoProject project : DemoLoader.PROJECTS) {
            int planned = DemoPlan.of(project.outline(), 0).links().size();

            assertThat(workItems.projectDependencies(admin(), project.key())).hasSize(planned);
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
        assertThat(portfolio.visibleProjects(admin())).hasSize(2);
        assertThat(workItems.all(admin(), "PAY")).extracting(ItemView::key).containsExactlyInAnyOrderElementsOf(itemKeys);
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
