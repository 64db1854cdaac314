package dev.tandem.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.delayrisk.DelayRiskManagement;
import dev.tandem.delayrisk.ModelVersion;
import dev.tandem.delayrisk.ProjectDelayRisk;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo's finished history (same database and context as {@link DemoDataTests}): three finished projects of
 * dated, estimated, assigned work, some of it late, from which the delay-risk model learns something real.
 */
@SpringBootTest(properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DemoHistoryTests {

    @Autowired
    IdentityManagement identity;
    @Autowired
    WorkItemManagement workItems;
    @Autowired
    DelayRiskManagement delayRisk;

    Actor admin() {
        var p = identity.findByUsername("admin").orElseThrow();
        return new Actor(p.id(), p.username(), p.orgRole());
    }

    @Test
    void finishedProjectsHoldDatedEstimatedAssignedWorkSomeOfItLate() {
        for (FinishedHistory.Past past : FinishedHistory.PROJECTS) {
            List<ItemView> items = workItems.all(admin(), past.key());
            assertThat(items).hasSize(FinishedHistory.ITEMS_PER_PROJECT).allSatisfy(i -> {
                assertThat(i.statusCategory()).isEqualTo(StatusCategory.DONE);
                assertThat(i.plannedStart()).isNotNull();
                assertThat(i.plannedFinish()).isNotNull();
                assertThat(i.actualStart()).isNotNull();
                assertThat(i.actualFinish()).isBefore(java.time.LocalDate.now());
            });
            List<ItemView> work = items.stream().filter(i -> !i.type().equals("milestone")).toList();
            assertThat(work).allSatisfy(i -> {
                assertThat(i.storyPoints()).isNotNull();
                assertThat(i.estimateHours()).isNotNull();
                assertThat(i.assignee()).isNotNull();
                assertThat(i.labels()).isNotEmpty();
            });
            long late = work.stream().filter(i -> i.actualFinish().isAfter(i.plannedFinish())).count();
            assertThat(late).isBetween(20L, (long) work.size() - 20);
            var history = workItems.projectHistory(admin(), past.key(), Instant.EPOCH);
            assertThat(history).anyMatch(c -> c.field().equals("blocked"));
            assertThat(history).anyMatch(c -> c.field().equals("status") && "Done".equals(c.oldValue()));
            assertThat(history).anyMatch(c -> c.field().equals("storyPoints"));
        }
    }

    @Test
    void theModelTrainsOnTheHistoryAndScoresTheLivingProjects() {
        ModelVersion version = delayRisk.retrain(admin());

        assertThat(version.failure()).isNull();
        assertThat(version.status()).isEqualTo("ACTIVE");
        assertThat(version.rows()).isGreaterThanOrEqualTo(3 * FinishedHistory.ITEMS_PER_PROJECT);
        assertThat(version.auc()).isGreaterThan(0.6);
        assertThat(version.calibration()).hasSize(10);
        assertThat(version.calibration().stream().mapToInt(ModelVersion.CalibrationBin::count).sum())
                .isEqualTo(version.testRows());
        ProjectDelayRisk pay = delayRisk.project(admin(), "PAY", Locale.ENGLISH);
        assertThat(pay.basis()).isEqualTo(ProjectDelayRisk.Basis.MODEL);
        assertThat(pay.items()).isNotEmpty();
    }
}
