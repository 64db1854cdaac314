package dev.tandem.planning;

import dev.tandem.planning.internal.Adr;
import dev.tandem.planning.internal.Adrs;
import dev.tandem.planning.internal.Charter;
import dev.tandem.planning.internal.CharterChange;
import dev.tandem.planning.internal.CharterChanges;
import dev.tandem.planning.internal.Charters;
import dev.tandem.planning.internal.MetricCalculator;
import dev.tandem.planning.internal.SuccessMetric;
import dev.tandem.planning.internal.SuccessMetrics;
import dev.tandem.planning.internal.SurveyResult;
import dev.tandem.planning.internal.SurveyResults;
import dev.tandem.planning.internal.TechnicalDifficulties;
import dev.tandem.planning.internal.TechnicalDifficulty;

import dev.tandem.system.Inputs;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import dev.tandem.system.ProjectCounters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project charter: its texts with a per-field history, the milestone items, ADRs, key technical difficulties and
 * success metrics. PM, EM and product manager edit it; every member reads it.
 */
@Service
@Transactional
public class CharterManagement {

    private static final int MAX_TEXT = 20_000;
    private static final BigDecimal MAX_METRIC = new BigDecimal("999999999999");

    private final Charters charters;
    private final CharterChanges changes;
    private final Adrs adrs;
    private final TechnicalDifficulties difficulties;
    private final SuccessMetrics metrics;
    private final SurveyResults surveys;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final FeasibilityManagement feasibility;
    private final Links links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProjectCounters counters;

    CharterManagement(Charters charters, CharterChanges changes, Adrs adrs, TechnicalDifficulties difficulties,
                      SuccessMetrics metrics, SurveyResults surveys, PortfolioManagement portfolio,
                      WorkItemManagement workItems, FeasibilityManagement feasibility, Links links,
                      ApplicationEventPublisher events, Clock clock, ProjectCounters counters) {
        this.charters = charters;
        this.changes = changes;
        this.adrs = adrs;
        this.difficulties = difficulties;
        this.metrics = metrics;
        this.surveys = surveys;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.feasibility = feasibility;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.counters = counters;
    }

    @Transactional(readOnly = true)
    public CharterView charter(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Charter c = charters.findById(project.id()).orElseGet(() -> new Charter(project.id()));
        List<ItemView> items = workItems.all(actor, project.key());
        List<MilestoneRef> milestones = items.stream().filter(i -> "milestone".equals(i.type()))
                .map(i -> new MilestoneRef(i.key(), i.title(), i.status(), i.dueDate(), i.plannedFinish(), i.actualFinish()))
                .toList();
        return new CharterView(project.key(), project.name(), c.vision(), c.businessValue(), c.scopeIn(), c.scopeOut(),
                c.architectureSummary(), c.version(), c.updatedBy(), c.updatedAt(), milestones, adrViews(project),
                difficultyViews(project), metricViews(project, items), feasibility.status(project.id()));
    }

    /** Changes the charter's texts; one history line per changed field, one audited event for the edit. */
    public CharterView update(Actor actor, String projectKey, CharterFields fields, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        // the row is stored before the edit so that the first edit already moves the version on
        Charter charter = charters.findById(project.id()).orElseGet(() -> charters.saveAndFlush(new Charter(project.id())));
        StaleVersionException.check(Text.of("problem.planning.charter", project.key()), version, charter.version());
        List<String> summary = new ArrayList<>();
        change(actor, project, "vision", charter.vision(), fields.vision(), charter::setVision, summary);
        change(actor, project, "businessValue", charter.businessValue(), fields.businessValue(), charter::setBusinessValue, summary);
        change(actor, project, "scopeIn", charter.scopeIn(), fields.scopeIn(), charter::setScopeIn, summary);
        change(actor, project, "scopeOut", charter.scopeOut(), fields.scopeOut(), charter::setScopeOut, summary);
        change(actor, project, "architectureSummary", charter.architectureSummary(), fields.architectureSummary(),
                charter::setArchitectureSummary, summary);
        if (!summary.isEmpty()) {
            charter.touched(actor.username(), clock.instant());
            charters.saveAndFlush(charter);
            events.publishEvent(new PlanningEvent.CharterUpdated(project.id(), actor.username(),
                    project.key(), String.join("\n", summary)));
        }
        return charter(actor, projectKey);
    }

    private void change(Actor actor, ProjectRef project, String field, String old, String sent, Consumer<String> setter,
                        List<String> summary) {
        if (sent == null) {
            return;
        }
        String now = Inputs.text(field, sent, MAX_TEXT, false);
        if (!Objects.equals(old, now)) {
            setter.accept(now);
            changes.save(new CharterChange(project.id(), actor.username(), clock.instant(), field, old, now));
            summary.add(field + ": " + (old == null ? "set" : now == null ? "cleared" : "changed"));
        }
    }

    @Transactional(readOnly = true)
    public List<CharterChangeView> history(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return changes.findByProjectIdOrderByChangedAtDescIdDesc(project.id()).stream().map(CharterChange::view).toList();
    }

    // ADRs

    public AdrView addAdr(Actor actor, String projectKey, AdrFields fields) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        Adr adr = new Adr(project.id(), counters.next(project.id(), "adr"), actor.username(), clock.instant());
        applyAdr(project, adr, fields, true);
        adrs.saveAndFlush(adr);
        events.publishEvent(new PlanningEvent.AdrCreated(project.id(), actor.username(),
                project.key() + "/ADR-" + adr.number(), "title: " + adr.title() + "\nstatus: " + adr.status()));
        return adrView(adr, Map.of());
    }

    public AdrView updateAdr(Actor actor, String projectKey, int number, AdrFields fields, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        Adr adr = adr(project, number);
        StaleVersionException.check(Text.of("problem.planning.adr", number), version, adr.version());
        AdrStatus oldStatus = adr.status();
        String oldTitle = adr.title();
        applyAdr(project, adr, fields, false);
        adrs.flush();
        events.publishEvent(new PlanningEvent.AdrUpdated(project.id(), actor.username(),
                project.key() + "/ADR-" + number, "title: " + oldTitle + " → " + adr.title() + "\nstatus: " + oldStatus
                        + " → " + adr.status() + (adr.supersededBy() == null ? "" : " by ADR-" + fields.supersededBy())));
        return adrViews(project).stream().filter(a -> a.number() == number).findFirst().orElseThrow();
    }

    private void applyAdr(ProjectRef project, Adr adr, AdrFields f, boolean creating) {
        if (f.title() != null || creating) {
            adr.setTitle(Inputs.text("title", f.title(), 255, true));
        }
        if (f.context() != null) {
            adr.setContext(Inputs.text("context", f.context(), MAX_TEXT, false));
        }
        if (f.decision() != null) {
            adr.setDecision(Inputs.text("decision", f.decision(), MAX_TEXT, false));
        }
        if (f.consequences() != null) {
            adr.setConsequences(Inputs.text("consequences", f.consequences(), MAX_TEXT, false));
        }
        if (f.status() != null || f.supersededBy() != null) {
            AdrStatus status = f.status() != null ? Inputs.choice("status", f.status(), AdrStatus.class) : adr.status();
            Long by = null;
            if (status == AdrStatus.SUPERSEDED) {
                if (f.supersededBy() == null) {
                    throw new InvalidInputException("supersededBy", Text.of("problem.planning.successorRequired"));
                }
                if (f.supersededBy() == adr.number()) {
                    throw new InvalidInputException("supersededBy", Text.of("problem.planning.supersedesItself"));
                }
                Adr successor = adrs.findByProjectIdAndNumber(project.id(), f.supersededBy())
                        .orElseThrow(() -> new InvalidInputException("supersededBy",
                                Text.of("problem.planning.noSuccessor", project.key(), f.supersededBy())));
                by = successor.id();
            } else if (f.supersededBy() != null) {
                throw new InvalidInputException("supersededBy", Text.of("problem.planning.notSuperseded"));
            }
            adr.setStatus(status, by);
        }
    }

    private Adr adr(ProjectRef project, int number) {
        return adrs.findByProjectIdAndNumber(project.id(), number)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.planning.noAdr", number, project.key())));
    }

    private List<AdrView> adrViews(ProjectRef project) {
        List<Adr> list = adrs.findByProjectIdOrderByNumberAsc(project.id());
        Map<Long, Integer> numbers = list.stream().collect(Collectors.toMap(Adr::id, Adr::number));
        return list.stream().map(a -> adrView(a, numbers)).toList();
    }

    private static AdrView adrView(Adr a, Map<Long, Integer> numbers) {
        return new AdrView(a.number(), "ADR-" + a.number(), a.title(), a.context(), a.decision(), a.consequences(),
                a.status(), a.supersededBy() == null ? null : numbers.get(a.supersededBy()), a.version(), a.createdBy(),
                a.createdAt());
    }

    // key technical difficulties

    public DifficultyView addDifficulty(Actor actor, String projectKey, DifficultyFields fields) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        TechnicalDifficulty d = new TechnicalDifficulty(project.id(), clock.instant());
        applyDifficulty(project, d, fields, true);
        difficulties.saveAndFlush(d);
        events.publishEvent(new PlanningEvent.DifficultyCreated(project.id(), actor.username(),
                project.key() + "/" + d.id(), "title: " + d.title() + "\nchosen: " + chosen(d.alternatives())));
        return difficultyView(d, links.people(List.of(d.ownerId())));
    }

    public DifficultyView updateDifficulty(Actor actor, String projectKey, long id, DifficultyFields fields, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        TechnicalDifficulty d = difficulties.findById(id).filter(x -> x.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.planning.noDifficulty", id, project.key())));
        StaleVersionException.check(Text.of("problem.planning.difficulty", id), version, d.version());
        String oldChosen = chosen(d.alternatives());
        applyDifficulty(project, d, fields, false);
        difficulties.flush();
        events.publishEvent(new PlanningEvent.DifficultyUpdated(project.id(), actor.username(),
                project.key() + "/" + id, "title: " + d.title() + "\nchosen: " + oldChosen + " → " + chosen(d.alternatives())));
        return difficultyView(d, links.people(List.of(d.ownerId())));
    }

    private void applyDifficulty(ProjectRef project, TechnicalDifficulty d, DifficultyFields f, boolean creating) {
        if (f.title() != null || creating) {
            d.setTitle(Inputs.text("title", f.title(), 255, true));
        }
        if (f.description() != null) {
            d.setDescription(Inputs.text("description", f.description(), MAX_TEXT, false));
        }
        if (f.owner() != null || creating) {
            d.setOwnerId(links.member(project, "owner", f.owner()));
        }
        if (f.alternatives() != null || creating) {
            List<Alternative> list = f.alternatives() == null ? List.of() : f.alternatives();
            if (list.size() < 2) {
                throw new InvalidInputException("alternatives", Text.of("problem.planning.tooFewPlans"));
            }
            if (list.size() > 10) {
                throw new InvalidInputException("alternatives", Text.of("problem.planning.tooManyPlans"));
            }
            long chosen = list.stream().filter(a -> a != null && a.chosen()).count();
            if (chosen != 1) {
                throw new InvalidInputException("alternatives", Text.of("problem.planning.oneChosen", chosen));
            }
            d.replaceAlternatives(list.stream()
                    .map(a -> new Alternative(Inputs.text("alternatives", a.description(), 2000, true), a.chosen()))
                    .toList());
        }
    }

    private List<DifficultyView> difficultyViews(ProjectRef project) {
        List<TechnicalDifficulty> list = difficulties.findByProjectIdOrderByIdAsc(project.id());
        Map<Long, PersonSummary> people = links.people(list.stream().map(TechnicalDifficulty::ownerId).toList());
        return list.stream().map(d -> difficultyView(d, people)).toList();
    }

    private static DifficultyView difficultyView(TechnicalDifficulty d, Map<Long, PersonSummary> people) {
        PersonSummary owner = people.get(d.ownerId());
        return new DifficultyView(d.id(), d.title(), d.description(), owner == null ? null : owner.username(),
                owner == null ? null : owner.displayName(), d.alternatives(), chosen(d.alternatives()), d.version());
    }

    private static String chosen(List<Alternative> alternatives) {
        return alternatives.stream().filter(Alternative::chosen).map(Alternative::description).findFirst().orElse(null);
    }

    // success metrics

    public MetricView addMetric(Actor actor, String projectKey, MetricFields fields) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        SuccessMetric m = new SuccessMetric(project.id(), clock.instant());
        applyMetric(m, fields, true);
        metrics.saveAndFlush(m);
        events.publishEvent(new PlanningEvent.MetricCreated(project.id(), actor.username(),
                project.key() + "/" + m.name(), describe(m)));
        return metric(actor, project, m.id());
    }

    public MetricView updateMetric(Actor actor, String projectKey, long id, MetricFields fields, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        SuccessMetric m = findMetric(project, id);
        StaleVersionException.check(Text.of("problem.planning.metric", id), version, m.version());
        String before = describe(m);
        applyMetric(m, fields, false);
        metrics.flush();
        events.publishEvent(new PlanningEvent.MetricUpdated(project.id(), actor.username(),
                project.key() + "/" + m.name(), "before:\n" + before + "\nafter:\n" + describe(m)));
        return metric(actor, project, id);
    }

    /** Enters a user-satisfaction survey result for a metric of source survey. */
    public MetricView addSurveyResult(Actor actor, String projectKey, long metricId, LocalDate takenOn, BigDecimal score,
                                      Integer respondents) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        SuccessMetric m = findMetric(project, metricId);
        if (m.source() != MetricSource.SURVEY) {
            throw new InvalidInputException("metric", Text.of("problem.planning.notSurveyed", m.name(), m.source().name()));
        }
        if (takenOn == null || takenOn.isAfter(LocalDate.now(clock)) || takenOn.getYear() < 1970) {
            throw new InvalidInputException("takenOn", Text.of("problem.planning.pastDate"));
        }
        BigDecimal value = Inputs.amount("score", score, BigDecimal.ZERO, MAX_METRIC, true);
        if (respondents == null || respondents < 1 || respondents > 10_000_000) {
            throw new InvalidInputException("respondents", Text.of("problem.planning.respondents"));
        }
        surveys.save(new SurveyResult(m.id(), takenOn, value, respondents, actor.username(), clock.instant()));
        events.publishEvent(new PlanningEvent.SurveyEntered(project.id(), actor.username(),
                project.key() + "/" + m.name(), "takenOn: " + takenOn + "\nscore: " + Inputs.plain(value)
                        + "\nrespondents: " + respondents));
        return metric(actor, project, metricId);
    }

    private void applyMetric(SuccessMetric m, MetricFields f, boolean creating) {
        if (f.name() != null || creating) {
            m.setName(Inputs.text("name", f.name(), 128, true));
        }
        if (f.unit() != null) {
            m.setUnit(Inputs.text("unit", f.unit(), 32, false));
        }
        if (f.direction() != null || creating) {
            m.setDirection(Inputs.choice("direction", f.direction(), MetricDirection.class));
        }
        if (f.source() != null) {
            m.setSource(Inputs.choice("source", f.source(), MetricSource.class));
        }
        if (f.windowWeeks() != null) {
            if (f.windowWeeks() < 1 || f.windowWeeks() > 104) {
                throw new InvalidInputException("windowWeeks", Text.of("problem.input.between", "1", "104"));
            }
            m.setWindowWeeks(f.windowWeeks());
        }
        BigDecimal min = MAX_METRIC.negate();
        if (f.baseline() != null) {
            m.setBaselineValue(Inputs.amount("baseline", f.baseline(), min, MAX_METRIC, false));
        }
        if (f.target() != null || creating) {
            m.setTargetValue(Inputs.amount("target", f.target(), min, MAX_METRIC, true));
        }
        if (f.actual() != null) {
            if (m.source().computed()) {
                throw new InvalidInputException("actual", Text.of("problem.planning.actualComputed",
                        m.source().name().toLowerCase(java.util.Locale.ROOT)));
            }
            m.setActualValue(Inputs.amount("actual", f.actual(), min, MAX_METRIC, false));
        }
        if (m.source().computed()) {
            m.setActualValue(null);
        }
        checkDirection(m.direction(), m.baselineValue(), m.targetValue());
    }

    /** A target must improve on the baseline in the metric's direction. */
    static void checkDirection(MetricDirection direction, BigDecimal baseline, BigDecimal target) {
        if (baseline == null || target == null) {
            return;
        }
        if (direction == MetricDirection.HIGHER_IS_BETTER && target.compareTo(baseline) < 0) {
            throw new InvalidInputException("target", Text.of("problem.planning.targetBelowBaseline", Inputs.plain(baseline)));
        }
        if (direction == MetricDirection.LOWER_IS_BETTER && target.compareTo(baseline) > 0) {
            throw new InvalidInputException("target", Text.of("problem.planning.targetAboveBaseline", Inputs.plain(baseline)));
        }
    }

    private SuccessMetric findMetric(ProjectRef project, long id) {
        return metrics.findById(id).filter(m -> m.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.planning.noMetric", id, project.key())));
    }

    private MetricView metric(Actor actor, ProjectRef project, long id) {
        return metricViews(project, workItems.all(actor, project.key())).stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow();
    }

    private List<MetricView> metricViews(ProjectRef project, List<ItemView> items) {
        List<SuccessMetric> list = metrics.findByProjectIdOrderByIdAsc(project.id());
        Map<Long, List<SurveyResult>> results = surveys.findByMetricIdInOrderByTakenOnDescIdDesc(
                        list.stream().map(SuccessMetric::id).toList()).stream()
                .collect(Collectors.groupingBy(SurveyResult::metricId, LinkedHashMap::new, Collectors.toList()));
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(m -> {
            List<SurveyResult> own = results.getOrDefault(m.id(), List.of());
            BigDecimal actual = switch (m.source()) {
                case MANUAL -> m.actualValue();
                case CYCLE_TIME -> MetricCalculator.cycleTimeDays(items, today, m.windowWeeks());
                case DEFECT_RATE -> MetricCalculator.defectRate(items, today, m.windowWeeks(), clock.getZone());
                case ON_TIME_MILESTONES -> MetricCalculator.onTimeMilestoneRate(items, today);
                case SURVEY -> MetricCalculator.satisfaction(own, today, m.windowWeeks());
            };
            return new MetricView(m.id(), m.name(), m.unit(), m.direction(), Inputs.norm(m.baselineValue()),
                    Inputs.norm(m.targetValue()), Inputs.norm(actual), m.source(), m.windowWeeks(),
                    MetricCalculator.offTarget(m.direction(), m.targetValue(), actual),
                    own.stream().map(SurveyResult::view).toList(), m.version());
        }).toList();
    }

    private static String describe(SuccessMetric m) {
        return "name: " + m.name() + "\nunit: " + Inputs.display(m.unit()) + "\ndirection: " + m.direction()
                + "\nbaseline: " + Inputs.display(Inputs.plain(m.baselineValue())) + "\ntarget: "
                + Inputs.plain(m.targetValue()) + "\nactual: " + Inputs.display(Inputs.plain(m.actualValue()))
                + "\nsource: " + m.source() + "\nwindowWeeks: " + m.windowWeeks();
    }
}
