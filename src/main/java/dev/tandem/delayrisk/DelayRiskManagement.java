package dev.tandem.delayrisk;

import dev.tandem.delayrisk.engine.Evaluation;
import dev.tandem.delayrisk.engine.Factor;
import dev.tandem.delayrisk.engine.FactorText;
import dev.tandem.delayrisk.engine.Feature;
import dev.tandem.delayrisk.engine.FeatureExtractor;
import dev.tandem.delayrisk.engine.ItemHistory;
import dev.tandem.delayrisk.engine.Prediction;
import dev.tandem.delayrisk.engine.RiskModel;
import dev.tandem.delayrisk.engine.RuleScore;
import dev.tandem.delayrisk.engine.TrainingRow;
import dev.tandem.delayrisk.engine.WarningState;
import dev.tandem.delayrisk.internal.HistoryLoader;
import dev.tandem.delayrisk.internal.ModelStore;
import dev.tandem.delayrisk.internal.Warnings;
import dev.tandem.livestream.ProjectEventStream;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores open items and milestones for the risk of finishing late, trains and keeps the model versions, and warns a
 * project's PM and EM once when an item crosses the warning probability.
 */
@Service
@Transactional
public class DelayRiskManagement {

    private static final Logger log = LoggerFactory.getLogger(DelayRiskManagement.class);
    private static final int REASONS = 3;
    private static final int LEAVE_YEARS = 3;

    private final PortfolioManagement portfolio;
    private final HistoryLoader loader;
    private final ModelStore models;
    private final Warnings warnings;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final double threshold;
    private final TransactionTemplate perProject;
    private final ProjectEventStream projectEvents;
    /**
     * Each project's scores as last computed, per language, day and model: the board and the Gantt ask on every load.
     * Kept while no change of the project was recorded since and for at most {@link #KEPT}, which bounds how long a
     * change of a person's leave or capacity (not a change of the project) takes to show.
     */
    private final Map<Scored, Kept> kept = new ConcurrentHashMap<>();
    static final Duration KEPT = Duration.ofMinutes(1);
    private static final int KEPT_MAX = 512;

    private record Scored(String projectKey, Locale locale, LocalDate today, Long model) {
    }

    private record Kept(String projectChanges, Instant at, ProjectDelayRisk risk) {
    }

    DelayRiskManagement(PortfolioManagement portfolio, HistoryLoader loader, ModelStore models, Warnings warnings,
                        MessageSource messages, ApplicationEventPublisher events, Clock clock,
                        PlatformTransactionManager transactions, ProjectEventStream projectEvents,
                        @Value("${tandem.delay-risk.warning-threshold:0.6}") double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("tandem.delay-risk.warning-threshold (TANDEM_DELAY_RISK_THRESHOLD) must "
                    + "lie above 0 and at most 1, not " + threshold);
        }
        this.perProject = new TransactionTemplate(transactions);
        this.projectEvents = projectEvents;
        this.portfolio = portfolio;
        this.loader = loader;
        this.models = models;
        this.warnings = warnings;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.threshold = threshold;
    }

    /** The project's open items and milestones with a date to keep, riskiest first; reasons in the given language. */
    @Transactional(readOnly = true)
    public ProjectDelayRisk project(Actor actor, String projectKey, Locale locale) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return score(actor, project.id(), project.key(), locale);
    }

    /** The project's scores, computed again only when the project changed, the day or the model did, or a minute passed. */
    private ProjectDelayRisk score(Actor actor, long projectId, String projectKey, Locale locale) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Optional<ModelStore.Active> active = models.active();
        // read before the items, so a change made meanwhile leaves a mark that no longer matches
        String changes = projectEvents.changeMark(projectId);
        Scored scored = new Scored(projectKey, locale, today, active.map(ModelStore.Active::id).orElse(null));
        Kept known = kept.get(scored);
        if (known != null && known.projectChanges().equals(changes) && known.at().plus(KEPT).isAfter(now)) {
            return known.risk();
        }
        ProjectDelayRisk risk = score(actor, projectKey, locale, today, active);
        if (kept.size() >= KEPT_MAX) {
            kept.clear();
        }
        kept.put(scored, new Kept(changes, now, risk));
        return risk;
    }

    private ProjectDelayRisk score(Actor actor, String projectKey, Locale locale, LocalDate today,
                                   Optional<ModelStore.Active> active) {
        var loaded = loader.load(actor, projectKey, today.minusYears(LEAVE_YEARS), today.plusYears(1));
        var extractor = new FeatureExtractor(loaded.history());
        List<ItemRisk> risks = new ArrayList<>();
        for (ItemHistory item : loaded.history().items()) {
            ItemView view = loaded.items().get(item.key());
            LocalDate target = item.targetAsOf(today);
            if (view.statusCategory() == StatusCategory.DONE || target == null) {
                continue;
            }
            double[] values = extractor.features(item, today);
            Prediction p = active.map(a -> a.model().predict(values)).orElseGet(() -> RuleScore.predict(values));
            risks.add(new ItemRisk(item.key(), view.title(), view.type(), view.assigneeName(), target, p.probability(),
                    (int) Math.round(p.probability() * 100), p.probability() >= threshold,
                    p.topReasons(REASONS).stream().map(f -> new ItemRisk.Reason(f.feature().code(), f.value(),
                            f.contribution(), messages.getMessage(f.feature().messageKey(), FactorText.args(f), locale)))
                            .toList()));
        }
        risks.sort(Comparator.comparingDouble(ItemRisk::probability).reversed().thenComparing(ItemRisk::key));
        return new ProjectDelayRisk(projectKey, today, active.isPresent() ? ProjectDelayRisk.Basis.MODEL
                : ProjectDelayRisk.Basis.RULE, active.map(ModelStore.Active::id).orElse(null), threshold,
                List.copyOf(risks));
    }

    /**
     * The riskiest items above the warning probability, for the weekly sync report, which has let its reader into the
     * project already.
     */
    @Transactional(readOnly = true)
    public List<ItemRisk> aboveThreshold(long projectId, int limit, Locale locale) {
        ProjectRef project = portfolio.access(Actor.system(), projectId, Permission.VIEW_PROJECT);
        return score(Actor.system(), project.id(), project.key(), locale).items().stream()
                .filter(ItemRisk::aboveThreshold).limit(limit).toList();
    }

    /** Trains a new version on every project's finished work, for an administrator. */
    public ModelVersion retrain(Actor actor) {
        requireAdmin(actor);
        return train(actor.username());
    }

    @Transactional(readOnly = true)
    public List<ModelVersion> versions(Actor actor) {
        requireAdmin(actor);
        return models.versions(50).stream().map(DelayRiskManagement::view).toList();
    }

    @SchedulerLock(name = "delay-risk-nightly-training", lockAtLeastFor = "PT10M")
    @Scheduled(cron = "${tandem.delay-risk.retrain-cron:0 15 2 * * *}")
    void retrainNightly() {
        train("system");
    }

    /**
     * Trains on the finished items of every project, each as it stood half-way through its life; the model goes in
     * service only when it trained and its back-test beats {@link RiskModel#MIN_AUC}, else the failure is recorded
     * with its reason and the version in service stays.
     */
    ModelVersion train(String by) {
        List<TrainingRow> rows = trainingRows();
        int late = (int) rows.stream().filter(TrainingRow::late).count();
        Evaluation evaluation = null;
        long id;
        try {
            RiskModel model = RiskModel.train(rows);
            evaluation = RiskModel.backTest(rows);
            if (evaluation.auc() < RiskModel.MIN_AUC) {
                throw new IllegalStateException(String.format(Locale.ROOT, "The back-test AUC is %.2f, below %.2f: the "
                        + "model ranks later work no better than chance.", evaluation.auc(), RiskModel.MIN_AUC));
            }
            id = models.activate(clock.instant(), by, rows.size(), late, evaluation, model);
        } catch (RuntimeException e) {
            id = models.fail(clock.instant(), by, rows.size(), late, evaluation, e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage());
        }
        long version = id;
        ModelVersion trained = models.versions(50).stream().filter(v -> v.id() == version).findFirst()
                .map(DelayRiskManagement::view).orElseThrow();
        log.info("Delay-risk model version {} {}: {} finished items, {} late, back-test AUC {}, Brier {}{}", version,
                trained.status(), trained.rows(), trained.lateRows(), trained.auc(), trained.brier(),
                trained.failure() == null ? "" : " (" + trained.failure() + ")");
        return trained;
    }

    /** One row per finished item with a date it was to keep, as of the midpoint between its start and finish. */
    List<TrainingRow> trainingRows() {
        LocalDate today = LocalDate.now(clock);
        List<TrainingRow> rows = new ArrayList<>();
        for (ProjectSummary p : portfolio.visibleProjects(Actor.system())) {
            var loaded = loader.load(Actor.system(), p.key(), today.minusYears(LEAVE_YEARS), today.plusYears(1));
            var extractor = new FeatureExtractor(loaded.history());
            for (ItemHistory item : loaded.history().items()) {
                LocalDate start = item.actualStart() != null ? item.actualStart() : item.dateAsOf("plannedStart", today);
                if (item.actualFinish() == null || start == null || item.actualFinish().isBefore(start)) {
                    continue;
                }
                LocalDate mid = start.plusDays(ChronoUnit.DAYS.between(start, item.actualFinish()) / 2);
                LocalDate created = LocalDate.ofInstant(item.createdAt(), java.time.ZoneOffset.UTC);
                LocalDate asOf = mid.isBefore(created) ? created : mid;
                if (asOf.isAfter(item.actualFinish()) || item.targetAsOf(asOf) == null) {
                    continue;
                }
                rows.add(new TrainingRow(item.key(), asOf, extractor.features(item, asOf), item.lateAgainst(asOf)));
            }
        }
        return rows;
    }

    /**
     * Scores every project and tells the PMs and EMs of each item that crossed the warning probability since the last
     * check; an item that stays above is not told again until it has dropped below and crossed anew.
     */
    @SchedulerLock(name = "delay-risk-warnings")
    @Scheduled(initialDelayString = "${tandem.delay-risk.check-delay:PT5M}",
            fixedDelayString = "${tandem.delay-risk.check-every:PT1H}")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void checkWarnings() {
        // one transaction per project, so one that cannot be scored does not undo the others' warnings
        for (ProjectSummary p : portfolio.visibleProjects(Actor.system())) {
            try {
                perProject.executeWithoutResult(status -> checkWarnings(p));
            } catch (RuntimeException e) {
                log.warn("Could not check the delay risk of {}: {}", p.key(), e.getMessage());
            }
        }
    }

    private void checkWarnings(ProjectSummary project) {
        List<Long> recipients = null;
        for (ItemRisk risk : score(Actor.system(), project.id(), project.key(), Locale.ENGLISH).items()) {
            boolean was = warnings.wasAbove(project.id(), risk.key());
            WarningState next = WarningState.next(was, risk.probability(), threshold);
            boolean recorded = next.above() != was && warnings.record(project.id(), risk.key(), next.above(),
                    clock.instant());
            if (next.warn() && recorded) {
                if (recipients == null) {
                    recipients = portfolio.membersOf(project.id()).stream()
                            .filter(m -> m.role() == ProjectRole.PM || m.role() == ProjectRole.EM)
                            .map(MemberSummary::personId).toList();
                }
                events.publishEvent(new DelayRiskRaised(project.key(), risk.key(), risk.title(), risk.percent(),
                        risk.reasons().stream().map(DelayRiskManagement::untranslated).toList(), recipients));
            }
        }
    }

    /** A reason as its message key and arguments, for a notice that each reader reads in their own language. */
    private static DelayRiskRaised.Reason untranslated(ItemRisk.Reason reason) {
        Feature feature = Arrays.stream(Feature.values()).filter(f -> f.code().equals(reason.feature())).findFirst()
                .orElseThrow();
        return new DelayRiskRaised.Reason(feature.messageKey(), Arrays.stream(
                FactorText.args(new Factor(feature, reason.value(), reason.contribution()))).map(String::valueOf).toList());
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException(Text.of("problem.delayrisk.adminOnly"));
        }
    }

    private static ModelVersion view(ModelStore.Version v) {
        Evaluation e = v.evaluation();
        return new ModelVersion(v.id(), v.trainedAt(), v.trainedBy(), v.status(), v.failure(), v.rows(), v.lateRows(),
                e == null ? null : e.testFrom(), e == null ? null : e.testRows(), e == null ? null : e.auc(),
                e == null ? null : e.brier(), e == null ? List.of() : e.calibration().stream()
                .map(b -> new ModelVersion.CalibrationBin(b.from(), b.count(), b.meanPredicted(), b.observedLate()))
                .toList());
    }
}
