package dev.tandem.delivery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.delivery.engine.DoraMetrics.DeploymentLine;
import dev.tandem.delivery.engine.History.Change;
import dev.tandem.delivery.engine.History.Deployment;
import dev.tandem.delivery.engine.History.Incident;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-built history over the two weeks from Monday 2027-01-04 (UTC), failure window 24 h.
 * <pre>
 * api  C1 first commit Jan 4 09:00, landed Jan 4 15:00    D1 Jan 5 10:00 delivers C1 (25 h) and C2 (48 h)
 *      C2 first commit Jan 3 10:00, landed Jan 5 09:00    I1 api opened Jan 5 12:00, resolved 14:00 (2 h): D1 failed
 *      C3 first commit Jan 6 08:00, landed Jan 6 09:00    D2 Jan 6 10:00 delivers C3 (2 h)
 *                                                         D3 Jan 6 11:00 a rollback: D2 failed
 *      C4 first commit Jan 11 09:00, landed Jan 12 09:00  D4 Jan 13 09:00 delivers C4 (48 h)
 *                                                         D6 Jan 18 00:00, the window's end: not counted
 * web  C5 first commit Jan 11 00:00, landed Jan 11 12:00  D5 Jan 12 12:00 delivers C5 (36 h)
 * I2 (no service) opened Jan 14 12:00, resolved Jan 15 12:00 (24 h); the latest deployment, D4, is 27 h old: no blame
 * I3 web opened Jan 20: after the window
 * </pre>
 * Deployments 5 (2.5 a week: high); lead times 2, 25, 36, 48, 48 h, median 36 h (high); failure rate: D1 and D2 of
 * D1, D2, D4, D5 (the rollback D3 is not a change) = 50 % (low); restore 2 h and 24 h, median 13 h (high).
 */
class DoraEngineTests {

    private static final Instant FROM = at(4, 0);
    private static final Instant TO = at(18, 0);
    private static final DoraEngine ENGINE = new DoraEngine(Duration.ofHours(24));
    private static final History HISTORY = new History(
            List.of(new Change("C1", "api", "PAY-1 refunds", at(4, 9), at(4, 15)),
                    new Change("C2", "api", "PAY-2 receipts", at(3, 10), at(5, 9)),
                    new Change("C3", "api", "PAY-3", at(6, 8), at(6, 9)),
                    new Change("C4", "api", "PAY-4", at(11, 9), at(12, 9)),
                    new Change("C5", "web", "PAY-5", at(11, 0), at(11, 12))),
            List.of(new Deployment("D1", "api", "1.0", at(5, 10), false),
                    new Deployment("D2", "api", "1.1", at(6, 10), false),
                    new Deployment("D3", "api", "1.0", at(6, 11), true),
                    new Deployment("D4", "api", "1.2", at(13, 9), false),
                    new Deployment("D5", "web", "7", at(12, 12), false),
                    new Deployment("D6", "api", "1.3", at(18, 0), false)),
            List.of(new Incident("I1", "api", "Refunds fail", at(5, 12), at(5, 14)),
                    new Incident("I2", null, "Slow pages", at(14, 12), at(15, 12)),
                    new Incident("I3", "web", "Later", at(20, 0), null)));

    @Test
    void theFourMetricsOfTheProjectAndTheirBands() {
        DoraMetrics m = ENGINE.compute(HISTORY, FROM, TO);

        assertThat(m.deployments()).isEqualTo(5);
        assertThat(m.deploymentsPerWeek()).isCloseTo(2.5, within(1e-9));
        assertThat(m.frequencyBand()).isEqualTo(Band.HIGH);
        assertThat(m.changes()).isEqualTo(5);
        assertThat(m.medianLeadTime()).isEqualTo(Duration.ofHours(36));
        assertThat(m.leadTimeBand()).isEqualTo(Band.HIGH);
        assertThat(m.failedDeployments()).isEqualTo(2);
        assertThat(m.changeFailureRate()).isEqualTo(0.5);
        assertThat(m.failureRateBand()).isEqualTo(Band.LOW);
        assertThat(m.restoredIncidents()).isEqualTo(2);
        assertThat(m.medianTimeToRestore()).isEqualTo(Duration.ofHours(13));
        assertThat(m.restoreBand()).isEqualTo(Band.HIGH);
    }

    @Test
    void theDrillDownNamesTheChangesOfEachDeploymentAndWhatFailedIt() {
        DoraMetrics m = ENGINE.compute(HISTORY, FROM, TO);

        assertThat(m.deploymentLines()).extracting(DeploymentLine::id).containsExactly("D1", "D2", "D3", "D5", "D4");
        DeploymentLine d1 = m.deploymentLines().getFirst();
        assertThat(d1.changes()).extracting(DoraMetrics.ChangeLine::id).containsExactly("C2", "C1");
        assertThat(d1.changes()).extracting(DoraMetrics.ChangeLine::leadTime)
                .containsExactly(Duration.ofHours(48), Duration.ofHours(25));
        assertThat(d1.failedBy()).isEqualTo("I1");
        assertThat(m.deploymentLines().get(1).failedBy()).isEqualTo("D3");
        assertThat(m.deploymentLines().get(3).failedBy()).isNull();
        assertThat(m.incidentLines()).extracting(DoraMetrics.IncidentLine::id).containsExactly("I1", "I2");
        assertThat(m.incidentLines().getFirst().deployment()).isEqualTo("D1");
        assertThat(m.incidentLines().get(1).deployment()).isNull();
        assertThat(m.incidentLines().get(1).timeToRestore()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void eachWeekHasItsOwnFigures() {
        List<DoraMetrics.Week> weeks = ENGINE.compute(HISTORY, FROM, TO).weeks();

        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(0)).isEqualTo(new DoraMetrics.Week(FROM, 3, 25.0, 1.0, 2.0));
        assertThat(weeks.get(1)).isEqualTo(new DoraMetrics.Week(at(11, 0), 2, 42.0, 0.0, 24.0));
    }

    @Test
    void oneServiceKeepsItsOwnRecordsAndTheIncidentsNamingNoService() {
        DoraMetrics web = ENGINE.compute(HISTORY.of("web"), FROM, TO);

        assertThat(web.deployments()).isEqualTo(1);
        // once in two weeks: at least monthly
        assertThat(web.frequencyBand()).isEqualTo(Band.MEDIUM);
        assertThat(web.medianLeadTime()).isEqualTo(Duration.ofHours(36));
        // I2 opened 48 h after D5, beyond the window
        assertThat(web.changeFailureRate()).isEqualTo(0.0);
        assertThat(web.failureRateBand()).isEqualTo(Band.ELITE);
        // a full day is not less than a day
        assertThat(web.medianTimeToRestore()).isEqualTo(Duration.ofHours(24));
        assertThat(web.restoreBand()).isEqualTo(Band.MEDIUM);
    }

    @Test
    void anIncidentNamingNoServiceIsBlamedOnTheLatestDeploymentOfAnyServiceWithinTheWindow() {
        History history = new History(List.of(), List.of(new Deployment("A", "api", "1", at(5, 9), false),
                new Deployment("W", "web", "1", at(5, 10), false)),
                List.of(new Incident("I", null, "Down", at(5, 11), null)));

        DoraMetrics m = ENGINE.compute(history, FROM, TO);

        assertThat(m.deploymentLines()).extracting(DeploymentLine::failedBy).containsExactly(null, "I");
        assertThat(m.changeFailureRate()).isEqualTo(0.5);
        // an open incident restores nothing yet
        assertThat(m.medianTimeToRestore()).isNull();
        assertThat(m.restoreBand()).isNull();
        assertThat(m.medianLeadTime()).isNull();
    }

    @Test
    void aRollbackLaterThanTheWindowFailsNothing() {
        History history = new History(List.of(), List.of(new Deployment("A", "api", "2", at(5, 9), false),
                new Deployment("R", "api", "1", at(6, 10), true)), List.of());

        DoraMetrics m = ENGINE.compute(history, FROM, TO);

        assertThat(m.failedDeployments()).isZero();
        assertThat(m.changeFailureRate()).isEqualTo(0.0);
        assertThat(m.deployments()).isEqualTo(2);
    }

    @Test
    void nothingToMeasureGivesNoBands() {
        DoraMetrics m = ENGINE.compute(new History(List.of(), List.of(), List.of()), FROM, TO);

        assertThat(m.deployments()).isZero();
        assertThat(m.frequencyBand()).isNull();
        assertThat(m.changeFailureRate()).isNull();
        assertThat(m.weeks()).extracting(DoraMetrics.Week::deployments).containsExactly(0, 0);
    }

    @Test
    void bandsFollowTheReportsThresholdsAtTheirEdges() {
        assertThat(Band.ofFrequency(1.0)).isEqualTo(Band.ELITE);
        assertThat(Band.ofFrequency(0.99)).isEqualTo(Band.HIGH);
        assertThat(Band.ofFrequency(1.0 / 7)).isEqualTo(Band.HIGH);
        assertThat(Band.ofFrequency(1.0 / 8)).isEqualTo(Band.MEDIUM);
        assertThat(Band.ofFrequency(1.0 / 30)).isEqualTo(Band.MEDIUM);
        assertThat(Band.ofFrequency(1.0 / 31)).isEqualTo(Band.LOW);
        assertThat(Band.ofLeadTime(Duration.ofHours(23).plusMinutes(59))).isEqualTo(Band.ELITE);
        assertThat(Band.ofLeadTime(Duration.ofDays(1))).isEqualTo(Band.HIGH);
        assertThat(Band.ofLeadTime(Duration.ofDays(7))).isEqualTo(Band.HIGH);
        assertThat(Band.ofLeadTime(Duration.ofDays(30))).isEqualTo(Band.MEDIUM);
        assertThat(Band.ofLeadTime(Duration.ofDays(31))).isEqualTo(Band.LOW);
        assertThat(Band.ofFailureRate(0.05)).isEqualTo(Band.ELITE);
        assertThat(Band.ofFailureRate(0.10)).isEqualTo(Band.HIGH);
        assertThat(Band.ofFailureRate(0.15)).isEqualTo(Band.MEDIUM);
        assertThat(Band.ofFailureRate(0.16)).isEqualTo(Band.LOW);
        assertThat(Band.ofTimeToRestore(Duration.ofMinutes(59))).isEqualTo(Band.ELITE);
        assertThat(Band.ofTimeToRestore(Duration.ofHours(1))).isEqualTo(Band.HIGH);
        assertThat(Band.ofTimeToRestore(Duration.ofDays(7))).isEqualTo(Band.MEDIUM);
        assertThat(Band.ofTimeToRestore(Duration.ofDays(8))).isEqualTo(Band.LOW);
    }

    private static Instant at(int day, int hour) {
        return Instant.parse(String.format("2027-01-%02dT%02d:00:00Z", day, hour));
    }
}
