package dev.tandem.delivery.engine;

import dev.tandem.delivery.engine.DoraMetrics.ChangeLine;
import dev.tandem.delivery.engine.DoraMetrics.DeploymentLine;
import dev.tandem.delivery.engine.DoraMetrics.IncidentLine;
import dev.tandem.delivery.engine.History.Change;
import dev.tandem.delivery.engine.History.Deployment;
import dev.tandem.delivery.engine.History.Incident;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the DORA metrics of a {@link History} over a window, by these rules:
 * <ul>
 * <li><b>Deployment frequency</b>: production deployments (rollbacks included) in the window, per week.</li>
 * <li><b>Lead time for changes</b>: a change is delivered by the first deployment of its service at or after it
 * landed; its lead time runs from its first commit to that deployment. The median over the changes delivered by the
 * window's deployments.</li>
 * <li><b>Change failure rate</b>: a deployment failed when, within {@code failureWindow} and before the service's next
 * deployment, an incident opened that is blamed on it, or the next deployment is a rollback. An incident is blamed on
 * the latest deployment at or before its opening, of its service (or of any service when it names none), if that
 * deployment is at most {@code failureWindow} old. Failed deployments over the window's deployments that are not
 * themselves rollbacks.</li>
 * <li><b>Time to restore</b>: the median time from opening to resolution of the incidents opened in the window and
 * resolved.</li>
 * </ul>
 * Medians of an even count are the mean of the middle two.
 */
public final class DoraEngine {

    private static final Duration WEEK = Duration.ofDays(7);

    private final Duration failureWindow;

    public DoraEngine(Duration failureWindow) {
        this.failureWindow = failureWindow;
    }

    public DoraMetrics compute(History history, Instant from, Instant to) {
        Facts facts = facts(history);
        List<DoraMetrics.Week> weeks = new ArrayList<>();
        for (Instant start = from; start.isBefore(to); start = start.plus(WEEK)) {
            Instant end = start.plus(WEEK).isAfter(to) ? to : start.plus(WEEK);
            Summary s = summary(facts, history, start, end);
            weeks.add(new DoraMetrics.Week(start, s.deployments.size(), hours(s.medianLead),
                    s.failureRate, hours(s.medianRestore)));
        }
        Summary s = summary(facts, history, from, to);
        double days = Math.max(1, Duration.between(from, to).toSeconds()) / 86_400.0;
        double perDay = s.deployments.size() / days;
        List<DeploymentLine> lines = s.deployments.stream().map(d -> new DeploymentLine(d.id(), d.service(),
                d.release(), d.at(), d.rollback(), facts.delivered.getOrDefault(d, List.of()).stream()
                .map(c -> new ChangeLine(c.id(), c.title(), c.firstCommitAt(), Duration.between(c.firstCommitAt(), d.at())))
                .toList(), facts.failedBy.get(d))).toList();
        List<IncidentLine> incidents = inWindow(history.incidents(), Incident::openedAt, from, to).stream()
                .map(i -> new IncidentLine(i.id(), i.service(), i.title(), i.openedAt(), i.resolvedAt(),
                        i.resolvedAt() == null ? null : Duration.between(i.openedAt(), i.resolvedAt()),
                        facts.blamedOn.containsKey(i) ? facts.blamedOn.get(i).id() : null)).toList();
        return new DoraMetrics(from, to, s.deployments.size(), perDay * 7,
                s.deployments.isEmpty() ? null : Band.ofFrequency(perDay), s.leadTimes.size(), s.medianLead,
                s.medianLead == null ? null : Band.ofLeadTime(s.medianLead), s.failed, s.failureRate,
                s.failureRate == null ? null : Band.ofFailureRate(s.failureRate), s.restores.size(), s.medianRestore,
                s.medianRestore == null ? null : Band.ofTimeToRestore(s.medianRestore), lines, incidents, weeks);
    }

    /** Which deployment delivered each change, which incident or rollback failed each deployment. */
    private record Facts(Map<Deployment, List<Change>> delivered, Map<Deployment, String> failedBy,
                         Map<Incident, Deployment> blamedOn) {
    }

    private Facts facts(History history) {
        Map<String, List<Deployment>> byService = new HashMap<>();
        List<Deployment> all = history.deployments().stream().sorted(Comparator.comparing(Deployment::at)).toList();
        for (Deployment d : all) {
            byService.computeIfAbsent(d.service(), s -> new ArrayList<>()).add(d);
        }
        Map<Deployment, List<Change>> delivered = new HashMap<>();
        for (Change c : history.changes()) {
            byService.getOrDefault(c.service(), List.of()).stream().filter(d -> !d.at().isBefore(c.landedAt()))
                    .findFirst().ifPresent(d -> delivered.computeIfAbsent(d, k -> new ArrayList<>()).add(c));
        }
        delivered.values().forEach(list -> list.sort(Comparator.comparing(Change::firstCommitAt).thenComparing(Change::id)));
        Map<Deployment, String> failedBy = new HashMap<>();
        Map<Incident, Deployment> blamedOn = new HashMap<>();
        for (Incident i : history.incidents().stream().sorted(Comparator.comparing(Incident::openedAt)).toList()) {
            Deployment latest = null;
            for (Deployment d : i.service() == null ? all : byService.getOrDefault(i.service(), List.of())) {
                if (!d.at().isAfter(i.openedAt())) {
                    latest = d;
                }
            }
            if (latest != null && !i.openedAt().isAfter(latest.at().plus(failureWindow))) {
                blamedOn.put(i, latest);
                failedBy.putIfAbsent(latest, i.id());
            }
        }
        for (List<Deployment> deployments : byService.values()) {
            for (int k = 1; k < deployments.size(); k++) {
                Deployment next = deployments.get(k);
                Deployment previous = deployments.get(k - 1);
                if (next.rollback() && !next.at().isAfter(previous.at().plus(failureWindow))) {
                    failedBy.putIfAbsent(previous, next.id());
                }
            }
        }
        return new Facts(delivered, failedBy, blamedOn);
    }

    private static final class Summary {
        List<Deployment> deployments;
        List<Duration> leadTimes = new ArrayList<>();
        Duration medianLead;
        int failed;
        Double failureRate;
        List<Duration> restores = new ArrayList<>();
        Duration medianRestore;
    }

    private static Summary summary(Facts facts, History history, Instant from, Instant to) {
        Summary s = new Summary();
        s.deployments = inWindow(history.deployments(), Deployment::at, from, to);
        for (Deployment d : s.deployments) {
            for (Change c : facts.delivered.getOrDefault(d, List.of())) {
                s.leadTimes.add(Duration.between(c.firstCommitAt(), d.at()));
            }
        }
        s.medianLead = median(s.leadTimes);
        List<Deployment> counted = s.deployments.stream().filter(d -> !d.rollback()).toList();
        s.failed = (int) counted.stream().filter(facts.failedBy::containsKey).count();
        s.failureRate = counted.isEmpty() ? null : (double) s.failed / counted.size();
        for (Incident i : inWindow(history.incidents(), Incident::openedAt, from, to)) {
            if (i.resolvedAt() != null) {
                s.restores.add(Duration.between(i.openedAt(), i.resolvedAt()));
            }
        }
        s.medianRestore = median(s.restores);
        return s;
    }

    private static <T> List<T> inWindow(List<T> list, java.util.function.Function<T, Instant> at, Instant from, Instant to) {
        return list.stream().filter(t -> !at.apply(t).isBefore(from) && at.apply(t).isBefore(to))
                .sorted(Comparator.comparing(at)).toList();
    }

    static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    private static Double hours(Duration d) {
        return d == null ? null : d.toSeconds() / 3600.0;
    }
}
