package dev.tandem.interchange;

import dev.tandem.interchange.engine.Incoming;
import dev.tandem.interchange.internal.ImportJobRows;
import dev.tandem.interchange.internal.IncomingWriter;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Refusal;
import dev.tandem.shared.Text;
import dev.tandem.system.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports in the background. Starting one stores a queued job and hands the import to a small pool of threads; the
 * import writes every item in one transaction, rolled back as a whole when any row is refused or anything fails, so a
 * file is imported whole or not at all, and its progress (items done of the total) is written beside it in short
 * transactions of their own, so any node can show it. A running job touches its heartbeat; a job whose heartbeat
 * stopped (its node was stopped or crashed) is marked failed at start-up and by a check every minute, since an
 * import cut short has written nothing and can only be started again.
 */
@Service
public class ImportJobs implements AutoCloseable {

    /** A running job's heartbeat is written at least this often; one older than {@link #STALE} means no node runs it. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration STALE = Duration.ofMinutes(1);
    private static final int PROGRESS_EVERY = 100;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobRows rows;
    private final IncomingWriter writer;
    private final PortfolioManagement portfolio;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separate;
    private final Executor executor;
    private final ScheduledExecutorService heartbeats;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    ImportJobs(ImportJobRows rows, IncomingWriter writer, PortfolioManagement portfolio,
               ApplicationEventPublisher events, JsonMapper json, Clock clock, PlatformTransactionManager transactions,
               @Value("${tandem.interchange.import-threads:2}") int threads) {
        this.rows = rows;
        this.writer = writer;
        this.portfolio = portfolio;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // 0 threads: the import runs on the caller's thread once its job is stored (tests; the answer is then final)
        this.executor = threads <= 0 ? Runnable::run : new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(20), Thread.ofVirtual().name("import-", 0).factory());
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("import-heartbeat").factory());
        this.heartbeats.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(),
                TimeUnit.SECONDS);
    }

    /**
     * Stores the job of a file in {@code format} ({@code ms-project}, {@code jira}, {@code csv}; {@code what} names it
     * in the audit trail) and starts it; {@code afterSuccess} runs in the import's transaction once every row is written.
     * A {@code dryRun} job writes every row in a transaction that is always rolled back and keeps the report.
     * One import per project at a time: the job takes the project's slot in {@code import_job}, which the database
     * gives to one job only, so of two requests at the same moment one is refused (409).
     */
    ImportJobView start(Actor actor, ProjectRef project, Incoming incoming, String format, String what,
                        boolean dryRun, Runnable afterSuccess) {
        UUID id = UUID.randomUUID();
        int total = incoming.items().size();
        boolean stored = Boolean.TRUE.equals(transactions.execute(s -> {
            boolean inserted = rows.insert(id, project.id(), actor.personId(), format, dryRun, total,
                    actor.username(), now());
            if (!inserted) {
                s.setRollbackOnly();  // PostgreSQL has aborted the transaction with the failed insert
            }
            return inserted;
        }));
        if (!stored) {
            throw new ConflictException(Text.of("problem.interchange.importRunning", project.key()));
        }
        running.add(id);
        try {
            executor.execute(() -> run(id, actor, project, incoming, what, dryRun, afterSuccess));
        } catch (RejectedExecutionException e) {
            running.remove(id);
            separate.executeWithoutResult(s -> rows.finish(id, ImportJobRows.FAILED, 0, null,
                    "problem.interchange.importsWaiting", "[]", now()));
        }
        return view(rows.find(id, project.id()).orElseThrow(), project.key());
    }

    private void run(UUID id, Actor actor, ProjectRef project, Incoming incoming, String what, boolean dryRun,
                     Runnable afterSuccess) {
        try {
            if (!Boolean.TRUE.equals(separate.execute(s -> rows.start(id, now())))) {
                return;
            }
            int[] done = {0};
            ImportReport report = transactions.execute(status -> {
                IncomingWriter.Outcome outcome = writer.write(actor, project, incoming, true, n -> {
                    done[0] = n;
                    if (n % PROGRESS_EVERY == 0) {
                        separate.executeWithoutResult(s -> rows.progress(id, n, now()));
                    }
                });
                if (dryRun) {
                    status.setRollbackOnly();
                    return InterchangeManagement.report(incoming, outcome, true, true);
                }
                if (!outcome.errors().isEmpty()) {
                    status.setRollbackOnly();
                    return InterchangeManagement.report(incoming, outcome, false, true);
                }
                ImportReport written = InterchangeManagement.report(incoming, outcome, false, false);
                events.publishEvent(new InterchangeEvent(project.id(), actor.username(), "plan.imported", "Project",
                        project.key(), what + ": " + written.created() + " created, " + written.updated()
                        + " updated, " + written.linksAdded() + " links, " + written.calendarDays() + " calendar days"));
                afterSuccess.run();
                return written;
            });
            if (!report.errors().isEmpty() && !dryRun) {
                finish(id, ImportJobRows.FAILED, done[0], report, Text.of("problem.import.rowsRejected",
                        report.errors().size()));
            } else {
                finish(id, ImportJobRows.DONE, done[0], report, null);
            }
        } catch (Refusal e) {
            log.info("Import job {} into {} was refused: {}", id, project.key(), e.getMessage());
            finish(id, ImportJobRows.FAILED, 0, null, e.text());
        } catch (RuntimeException e) {
            log.error("Import job {} into {} failed", id, project.key(), e);
            finish(id, ImportJobRows.FAILED, 0, null, Text.of("problem.interchange.importFailed",
                    e.getClass().getSimpleName()));
        } finally {
            running.remove(id);
        }
    }

    private void finish(UUID id, String state, int done, ImportReport report, Text reason) {
        List<Object> args = new ArrayList<>();
        if (reason != null) {
            for (Object a : reason.args()) {
                args.add(a instanceof Number || a instanceof String ? a : String.valueOf(a));
            }
        }
        separate.executeWithoutResult(s -> rows.finish(id, state, done,
                report == null ? null : json.writeValueAsString(report), reason == null ? null : reason.key(),
                reason == null ? null : json.writeValueAsString(args), now()));
    }

    /** The job, to the people who may import into its project. */
    public ImportJobView get(Actor actor, String projectKey, UUID id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.IMPORT_PLANS);
        return transactions.execute(s -> rows.find(id, project.id()).map(r -> view(r, project.key()))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.interchange.noSuchJob", id, project.key()))));
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedAtStart() {
        failInterrupted();
    }

    /** Marks failed the jobs no node runs any more (their heartbeat stopped); answers how many. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    public int failInterrupted() {
        Instant now = now();
        Integer failed = transactions.execute(s -> rows.failStale(now.minus(STALE),
                "problem.interchange.importInterrupted", now));
        if (failed != null && failed > 0) {
            log.warn("{} import jobs were cut short by a stop of the node running them and are marked failed", failed);
        }
        return failed == null ? 0 : failed;
    }

    /** On a thread of its own, so that no long scheduled task of the node can hold it back past {@link #STALE}. */
    private void heartbeat() {
        if (!running.isEmpty()) {
            try {
                transactions.executeWithoutResult(s -> rows.heartbeat(List.copyOf(running), now()));
            } catch (RuntimeException e) {
                log.warn("The heartbeat of the running import jobs could not be written", e);
            }
        }
    }

    private ImportJobView view(ImportJobRows.Row row, String projectKey) {
        String reason = null;
        if (row.reasonKey() != null) {
            Object[] args = row.reasonArgs() == null ? new Object[0]
                    : json.readValue(row.reasonArgs(), Object[].class);
            reason = Texts.render(Text.of(row.reasonKey(), args));
        }
        ImportReport report = row.report() == null ? null : json.readValue(row.report(), ImportReport.class);
        return new ImportJobView(row.id(), projectKey, row.source(), row.dryRun(), row.state(), row.done(), row.total(),
                row.createdBy(), row.createdAt(), row.startedAt(), row.finishedAt(), reason, report);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A node that stops on purpose fails the imports it runs at once (their transactions are rolled back). */
    @Override
    public void close() {
        heartbeats.shutdownNow();
        for (UUID id : List.copyOf(running)) {
            try {
                finish(id, ImportJobRows.FAILED, 0, null, Text.of("problem.interchange.importInterrupted"));
            } catch (RuntimeException e) {
                log.warn("Import job {} could not be marked failed at shut-down; the next start does it", id);
            }
        }
        if (executor instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
