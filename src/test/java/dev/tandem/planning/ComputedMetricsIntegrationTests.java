package dev.tandem.planning;

import dev.tandem.support.TeamProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.Api;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Success metrics computed from the project's items and survey results through the charter; the rules themselves
 * (median, windows, rates, direction) are in {@link MetricCalculatorTests}.
 */
@TandemIntegrationTest
class ComputedMetricsIntegrationTests {

    @Autowired
    IdentityManagement identity;

    @Autowired
    PortfolioManagement portfolio;

    @Autowired
    WorkItemManagement items;

    @Autowired
    CharterManagement charters;

    @Autowired
    Clock clock;

    Actor admin;
    String project;
    LocalDate today;

    @BeforeEach
    void aProject() {
        var team = TeamProject.open(identity, portfolio, "Metrics");
        admin = team.admin();
        project = team.key();
        today = LocalDate.now(clock);
    }

    @Test
    void cycleTimeIsTheMedianOfTheItemsFinishedInTheWindow() {
        done("task", today.minusDays(10), today.minusDays(7));
        done("story", today.minusDays(6), today.minusDays(1));
        done("bug", today.minusDays(20), today.minusDays(2));
        done("task", today.minusDays(80), today.minusDays(75));
        done("milestone", today.minusDays(3), today.minusDays(3));

        MetricView metric = metric("cycle_time", "LOWER_IS_BETTER", null, "4");

        assertThat(metric.actual()).isEqualByComparingTo("5");
        assertThat(metric.offTarget()).isTrue();
    }

    @Test
    void satisfactionIsTheRespondentWeightedMeanOfTheSurveysInTheWindow() {
        MetricView metric = metric("survey", "HIGHER_IS_BETTER", new BigDecimal("3"), "4");
        charters.addSurveyResult(admin, project, metric.id(), today.minusDays(7), new BigDecimal("4.0"), 10);
        charters.addSurveyResult(admin, project, metric.id(), today.minusDays(14), new BigDecimal("3.0"), 30);
        MetricView updated = charters.addSurveyResult(admin, project, metric.id(), today.minusDays(100), BigDecimal.ONE, 100);

        assertThat(updated.actual()).isEqualByComparingTo("3.25");
        assertThat(updated.offTarget()).isTrue();
        assertThat(updated.surveys()).extracting(SurveyView::respondents).containsExactly(10, 30, 100);
    }

    private MetricView metric(String source, String direction, BigDecimal baseline, String target) {
        charters.addMetric(admin, project, new MetricFields(source, null, direction, baseline, new BigDecimal(target),
                null, source, 4));
        List<MetricView> metrics = charters.charter(admin, project).metrics();
        return metrics.getLast();
    }

    private ItemView create(String type, String title) {
        return items.create(admin, project, new ItemFields(type, title, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, Set.of()));
    }

    private void done(String type, LocalDate start, LocalDate finish) {
        ItemView item = create(type, type + " finished " + finish);
        ItemView moved = items.update(admin, item.key(), new ItemFields(null, null, null, "Done", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, Set.of()), item.version());
        items.recordActuals(admin, item.key(), start, finish, moved.version());
    }
}
