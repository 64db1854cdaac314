package dev.tandem.pmo;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.register.QualityGateSource;
import dev.tandem.register.ScorecardManagement;
import dev.tandem.reporting.EarnedValueSource;
import dev.tandem.reporting.SyncReport;
import dev.tandem.reporting.SyncReports;
import dev.tandem.schedule.ProjectForecast;
import dev.tandem.shared.Actor;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the portfolio view. Each project comes from its weekly sync report of the current week (milestones, risks,
 * change requests before the board, earned value, DORA figures, everyone's load), read as the reader, and from the
 * registers' scorecards and quality-gate verdicts, so it shows only what the reader could open project by project.
 */
@Service
@Transactional
public class PortfolioOverviews {

    /** The view covers at most this many projects of a portfolio (each is one weekly sync report). */
    public static final int MAX_PROJECTS = 40;
    /** How many risks of each project it lists, the highest scores first. */
    public static final int TOP_RISKS = 3;
    /** How many scorecards of each project it lists. */
    public static final int SCORECARDS = 5;

    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final SyncReports syncReports;
    private final ScorecardManagement scorecards;
    private final List<QualityGateSource> qualityGates;
    private final Clock clock;

    PortfolioOverviews(PortfolioManagement portfolio, IdentityManagement identity, SyncReports syncReports,
                       ScorecardManagement scorecards, List<QualityGateSource> qualityGates, Clock clock) {
        this.portfolio = portfolio;
        this.identity = identity;
        this.syncReports = syncReports;
        this.scorecards = scorecards;
        this.qualityGates = qualityGates;
        this.clock = clock;
    }

    /**
     * The named portfolio, or, when {@code name} is blank, the first (by name) the reader sees a project of. A
     * portfolio of which the reader sees no project is not found, whether or not it exists.
     */
    public PortfolioOverview overview(Actor actor, String name) {
        List<ProjectSummary> visible = portfolio.visibleProjects(actor);
        List<String> names = visible.stream().map(ProjectSummary::portfolio).filter(Objects::nonNull).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        LocalDate today = LocalDate.now(clock);
        String week = SyncReports.isoWeek(today);
        boolean first = name == null || name.isBlank();
        if (first && names.isEmpty()) {
            return new PortfolioOverview(null, names, today, week, List.of(), List.of(), List.of(), false);
        }
        String wanted = first ? names.getFirst() : name.strip();
        String chosen = names.stream().filter(wanted::equalsIgnoreCase).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("problem.pmo.noPortfolio", wanted)));
        List<ProjectSummary> members = visible.stream().filter(p -> chosen.equals(p.portfolio()))
                .sorted(Comparator.comparing(ProjectSummary::key)).toList();
        List<ProjectSummary> shown = members.stream().limit(MAX_PROJECTS).toList();

        List<PortfolioOverview.ProjectStatus> projects = new ArrayList<>();
        Map<String, List<SyncReport.PersonLoad>> loads = new LinkedHashMap<>();
        for (ProjectSummary p : shown) {
            SyncReport report = syncReports.report(actor, p.key(), week);
            loads.put(p.key(), report.load());
            projects.add(status(actor, p, report));
        }
        List<PortfolioOverview.TimelineEntry> timeline = projects.stream().flatMap(p -> p.milestones().stream())
                .sorted(Comparator.comparing(PortfolioOverview.TimelineEntry::date,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PortfolioOverview.TimelineEntry::project))
                .toList();
        return new PortfolioOverview(chosen, names, today, week, projects, timeline, sharedPeople(shown, loads),
                members.size() > shown.size());
    }

    private PortfolioOverview.ProjectStatus status(Actor actor, ProjectSummary p, SyncReport report) {
        Optional<ProjectForecast.Milestone> next = HealthRules.nextMilestone(report.milestones());
        var schedule = new PortfolioOverview.Health(HealthRules.schedule(next),
                next.map(m -> Integer.toString(m.slipDays())).orElse(null), next.map(ProjectForecast.Milestone::key)
                .orElse(null));
        int inReview = report.changesInReview().size();
        var scope = new PortfolioOverview.Health(HealthRules.scope(inReview), Integer.toString(inReview), null);
        BigDecimal cpi = report.earnedValue().stream().map(EarnedValueSource.Figures::cpi).filter(Objects::nonNull)
                .findFirst().orElse(null);
        var budget = new PortfolioOverview.Health(HealthRules.budget(cpi), cpi == null ? null : cpi.toPlainString(), null);
        List<QualityGateSource.GateVerdict> gates = qualityGates.stream()
                .flatMap(q -> q.latestGates(actor, p.key()).stream()).toList();
        var quality = new PortfolioOverview.Health(HealthRules.quality(gates, clock.instant()),
                gates.isEmpty() ? null : Long.toString(gates.stream().filter(g -> !g.passed()).count()), null);
        List<PortfolioOverview.TimelineEntry> milestones = report.milestones().stream()
                .map(m -> new PortfolioOverview.TimelineEntry(p.key(), m.key(), m.title(),
                        m.forecastDate() != null ? m.forecastDate() : m.plannedDate(), m.baselineDate(), m.slipDays(),
                        m.done(), "/items/" + m.key()))
                .toList();
        return new PortfolioOverview.ProjectStatus(p.key(), p.name(), "/projects/" + p.key(), schedule, scope, budget,
                quality, cpi, milestones, report.risks().stream().limit(TOP_RISKS).toList(), report.changesInReview(),
                scorecards.scorecards(actor, p.key()).stream().limit(SCORECARDS)
                        .map(c -> new PortfolioOverview.Scorecard(c.item(), c.itemTitle(), c.overall())).toList(),
                report.delivery().stream().findFirst().orElse(null));
    }

    /** Members of two or more of the projects, with the week's scheduled hours of each project and of all. */
    private List<PortfolioOverview.SharedPerson> sharedPeople(List<ProjectSummary> projects,
                                                              Map<String, List<SyncReport.PersonLoad>> loads) {
        Map<Long, String> keys = projects.stream().collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::key));
        Map<Long, List<MemberSummary>> members = portfolio.membersOf(keys.keySet());
        Map<Long, Map<String, MemberSummary>> byPerson = new LinkedHashMap<>();
        projects.forEach(p -> members.getOrDefault(p.id(), List.of()).forEach(m ->
                byPerson.computeIfAbsent(m.personId(), k -> new LinkedHashMap<>()).put(p.key(), m)));
        byPerson.values().removeIf(in -> in.size() < 2);
        Map<Long, PersonSummary> people = identity.byIds(byPerson.keySet());
        List<PortfolioOverview.SharedPerson> shared = new ArrayList<>();
        byPerson.forEach((personId, in) -> {
            PersonSummary person = people.get(personId);
            List<PortfolioOverview.Share> shares = new ArrayList<>();
            BigDecimal planned = BigDecimal.ZERO;
            BigDecimal available = null;
            for (var entry : in.entrySet()) {
                Optional<SyncReport.PersonLoad> load = loads.getOrDefault(entry.getKey(), List.of()).stream()
                        .filter(l -> l.username().equals(person.username())).findFirst();
                BigDecimal hours = load.map(SyncReport.PersonLoad::plannedHours).orElse(BigDecimal.ZERO);
                shares.add(new PortfolioOverview.Share(entry.getKey(), entry.getValue().role().name(), hours));
                planned = planned.add(hours);
                // each project counts the person's leave on its own calendar: the least they can give is what counts
                if (load.isPresent() && (available == null || load.get().availableHours().compareTo(available) < 0)) {
                    available = load.get().availableHours();
                }
            }
            BigDecimal capacity = available != null ? available : person.weeklyCapacityHours();
            shared.add(new PortfolioOverview.SharedPerson(person.username(), person.displayName(), shares, planned,
                    capacity, planned.compareTo(capacity) > 0));
        });
        shared.sort(Comparator.comparing(PortfolioOverview.SharedPerson::over).reversed()
                .thenComparing(PortfolioOverview.SharedPerson::plannedHours, Comparator.reverseOrder())
                .thenComparing(PortfolioOverview.SharedPerson::displayName));
        return shared;
    }
}
