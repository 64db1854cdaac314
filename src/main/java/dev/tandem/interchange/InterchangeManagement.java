package dev.tandem.interchange;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.interchange.engine.Incoming;
import dev.tandem.interchange.engine.ItemCsv;
import dev.tandem.interchange.engine.ItemSheets;
import dev.tandem.interchange.engine.JiraCsv;
import dev.tandem.interchange.engine.MsProjectFiles;
import dev.tandem.interchange.engine.MsProjectMapping;
import dev.tandem.interchange.engine.Plan;
import dev.tandem.interchange.engine.UnreadableFile;
import dev.tandem.interchange.internal.IncomingWriter;
import dev.tandem.interchange.internal.Uploads;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.ProjectSchedule;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.schedule.ScheduledItem;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.Texts;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.StatusView;
import dev.tandem.workitem.WorkItemManagement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/**
 * Moving plans in and out of a project. An import is read and mapped in the request; a dry run is then written in a
 * transaction that is rolled back (its report lists every row and every refusal), and an import is written in the
 * background ({@link ImportJobs}) in one transaction that is rolled back when any row is refused, so a file is
 * imported whole or not at all. Writes go through the work-item, sprint and schedule facades, which check each change
 * and audit it.
 */
@Service
public class InterchangeManagement {

    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final ScheduleManagement schedule;
    private final IdentityManagement identity;
    private final IncomingWriter writer;
    private final ImportJobs jobs;
    private final Uploads uploads;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final long maxImportSize;
    private final int dryRunAtOnceMax;

    InterchangeManagement(PortfolioManagement portfolio, WorkItemManagement workItems, ScheduleManagement schedule,
                          IdentityManagement identity, IncomingWriter writer, ImportJobs jobs, Uploads uploads,
                          Clock clock,
                          PlatformTransactionManager transactions, ApplicationEventPublisher events,
                          @Value("${tandem.interchange.max-import-size:8MB}") DataSize maxImportSize,
                          @Value("${tandem.interchange.dry-run-at-once-max:1000}") int dryRunAtOnceMax) {
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.schedule = schedule;
        this.identity = identity;
        this.writer = writer;
        this.jobs = jobs;
        this.uploads = uploads;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
        this.events = events;
        this.maxImportSize = maxImportSize.toBytes();
        this.dryRunAtOnceMax = dryRunAtOnceMax;
    }

    /** The largest file an import takes, in bytes. */
    public long maxImportSize() {
        return maxImportSize;
    }

    /** Refuses a file over the limit with 413, before anything else looks at it. */
    public void checkSize(long bytes) {
        if (bytes > maxImportSize) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, Texts.render(Text.of(
                    "problem.interchange.fileTooLarge", DataSize.ofBytes(maxImportSize).toMegabytes())));
        }
    }

    /** The formats an upload on the import page may be in. */
    public static final List<String> FORMATS = List.of("ms-project", "jira", "csv");

    /**
     * Keeps a file uploaded on the import page for the uploader, after checking it can be read, and answers its id;
     * its dry run and import then refer to it, so the mapping step needs no second upload.
     */
    public String upload(Actor actor, String projectKey, String format, String fileName, byte[] content) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.IMPORT_PLANS);
        checkSize(content.length);
        if (!FORMATS.contains(format)) {
            throw new InvalidInputException("format", Text.of("problem.input.oneOf", String.join(", ", FORMATS)));
        }
        try {
            if (format.equals("ms-project")) {
                MsProjectFiles.sniff(content);
            } else if (format.equals("jira")) {
                JiraCsv.read(content, List.of(), Map.of(), Map.of(), name -> Optional.empty());
            } else {
                ItemCsv.read(content, Map.of());
            }
        } catch (UnreadableFile e) {
            throw new InvalidInputException(e.text());
        }
        String name = fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        return transactions.execute(status -> uploads.keep(project.id(), actor.personId(), format, name, content,
                clock.instant()));
    }

    /**
     * The dry run or the import of a file uploaded on the import page: a dry run's report, or the started import's
     * job; an import that is done forgets the file.
     */
    public ImportAnswer importUpload(Actor actor, String projectKey, String uploadId, boolean dryRun,
                                     Map<String, String> statusMap, Map<String, String> typeMap,
                                     Map<String, String> columnMap) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.IMPORT_PLANS);
        Uploads.Upload upload = uploads.find(uploadId, project.id(), actor.personId())
                .orElseThrow(() -> new dev.tandem.shared.NotFoundException(Text.of("problem.interchange.uploadGone")));
        Runnable forget = () -> uploads.delete(upload.id());
        return switch (upload.format()) {
            case "ms-project" -> run(actor, project, msProject(actor, project, upload.content()), dryRun,
                    MS_PROJECT, forget);
            case "jira" -> run(actor, project, jira(actor, project, upload.content(), statusMap, typeMap), dryRun,
                    JIRA, forget);
            default -> run(actor, project, csv(actor, project, upload.content(), columnMap), dryRun, CSV, forget);
        };
    }

    /** The workflow's status names, for the mapping step. */
    public List<String> statusNames(Actor actor, String projectKey) {
        return workItems.statuses(actor, projectKey).stream().map(StatusView::name).toList();
    }

    private static final String MS_PROJECT = "MS Project file";
    private static final String JIRA = "Jira CSV";
    private static final String CSV = "CSV of items";

    /**
     * Imports an MS Project file (MSPDI XML or {@code .mpp}) into the project: a dry run's report, or the job of the
     * import, which runs in the background. A file that cannot be read is refused at once.
     */
    public ImportAnswer importMsProject(Actor actor, String projectKey, byte[] content, boolean dryRun) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.IMPORT_PLANS);
        return run(actor, project, msProject(actor, project, content), dryRun, MS_PROJECT);
    }

    private Incoming msProject(Actor actor, ProjectRef project, byte[] content) {
        checkSize(content.length);
        Plan plan;
        try {
            plan = MsProjectFiles.read(content);
        } catch (UnreadableFile e) {
            throw new InvalidInputException(e.text());
        }
        Map<String, String> statusFor = statusByCategory(actor, project.key());
        Function<String, Optional<String>> member = members(actor, project.key());
        Function<Plan.Resource, Optional<String>> person = r -> member.apply(r.email()).or(() -> member.apply(r.name()));
        return MsProjectMapping.toIncoming(plan, person,
                done -> done >= 100 ? statusFor.get("DONE") : done > 0 ? statusFor.get("IN_PROGRESS") : null);
    }

    ImportAnswer run(Actor actor, ProjectRef project, Incoming incoming, boolean dryRun, String what) {
        return run(actor, project, incoming, dryRun, what, () -> { });
    }

    /**
     * An import is started as a job in the background, which writes every row or, with any row refused, nothing
     * ({@link ImportJobs}). A dry run of up to {@code tandem.interchange.dry-run-at-once-max} items is answered at once;
     * a larger one would hold the request for as long as the import takes, so it runs as a job too.
     */
    private ImportAnswer run(Actor actor, ProjectRef project, Incoming incoming, boolean dryRun, String what,
                             Runnable afterSuccess) {
        if (!dryRun || incoming.items().size() > dryRunAtOnceMax) {
            String format = what.equals(MS_PROJECT) ? "ms-project" : what.equals(JIRA) ? "jira" : "csv";
            return new ImportAnswer(null, jobs.start(actor, project, incoming, format, what, dryRun,
                    afterSuccess));
        }
        return new ImportAnswer(transactions.execute(status -> {
            status.setRollbackOnly();
            return report(incoming, writer.write(actor, project, incoming, true), true, true);
        }), null);
    }

    /** The report of an outcome; in a dry run, or an import refused, a new item has no key. */
    static ImportReport report(Incoming incoming, IncomingWriter.Outcome outcome, boolean dryRun, boolean nothingKept) {
        return new ImportReport(incoming.source(), dryRun, outcome.created(), outcome.updated(), outcome.linksAdded(),
                outcome.calendarDays(), outcome.sprintsCreated(), outcome.commentsAdded(),
                outcome.rows().stream().map(r -> new ImportReport.Row(r.line(), r.externalKey(),
                        nothingKept && r.action().equals("create") ? null : r.itemKey(), r.action(), r.type(), r.title()))
                        .toList(),
                problems(outcome.warnings()), problems(outcome.errors()), incoming.unmatchedPeople(),
                incoming.statusMapping(), incoming.typeMapping(), incoming.columnMapping());
    }

    private static List<ImportReport.Problem> problems(List<Incoming.Problem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparingInt(Incoming.Problem::line))
                .map(p -> new ImportReport.Problem(p.line(), p.message())).toList();
    }

    /** The first workflow status of each category, by category name. */
    private Map<String, String> statusByCategory(Actor actor, String projectKey) {
        Map<String, String> first = new HashMap<>();
        for (StatusView s : workItems.statuses(actor, projectKey)) {
            first.putIfAbsent(s.category().name(), s.name());
        }
        return first;
    }

    /** A name in a file is a member when it is their e-mail address, username or display name (case aside). */
    private Function<String, Optional<String>> members(Actor actor, String projectKey) {
        List<MemberSummary> members = portfolio.members(actor, projectKey);
        Map<Long, PersonSummary> people = identity.byIds(members.stream().map(MemberSummary::personId).toList());
        Map<String, String> byName = new HashMap<>();
        for (MemberSummary m : members) {
            PersonSummary p = people.get(m.personId());
            if (p != null && p.email() != null) {
                byName.putIfAbsent(p.email().toLowerCase(Locale.ROOT), m.username());
            }
            byName.putIfAbsent(m.username().toLowerCase(Locale.ROOT), m.username());
            if (m.displayName() != null) {
                byName.putIfAbsent(m.displayName().strip().toLowerCase(Locale.ROOT), m.username());
            }
        }
        return name -> Optional.ofNullable(name == null ? null : byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Imports Jira's CSV export into the project; a dry run writes nothing. {@code statusMap} and {@code typeMap} map
     * Jira's statuses and issue types onto the workflow's statuses and Tandem's types; those not named are mapped by
     * name (the report's {@code statusMapping} and {@code typeMapping} show how).
     */
    public ImportAnswer importJira(Actor actor, String projectKey, byte[] content, boolean dryRun,
                                   Map<String, String> statusMap, Map<String, String> typeMap) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.IMPORT_PLANS);
        return run(actor, project, jira(actor, project, content, statusMap, typeMap), dryRun, JIRA);
    }

    private Incoming jira(Actor actor, ProjectRef project, byte[] content, Map<String, String> statusMap,
                          Map<String, String> typeMap) {
        checkSize(content.length);
        List<StatusView> statuses = workItems.statuses(actor, project.key());
        for (var e : statusMap.entrySet()) {
            if (statuses.stream().noneMatch(s -> s.name().equals(e.getValue()))) {
                throw new InvalidInputException("statusMap", Text.of("problem.interchange.notAStatus", e.getKey(),
                        e.getValue(), project.key()));
            }
        }
        for (var e : typeMap.entrySet()) {
            if (!TYPES.contains(e.getValue())) {
                throw new InvalidInputException("typeMap", Text.of("problem.interchange.notAType", e.getKey(),
                        e.getValue(), String.join(", ", TYPES)));
            }
        }
        try {
            return JiraCsv.read(content, statuses.stream()
                            .map(s -> new JiraCsv.Status(s.name(), s.category().name())).toList(), statusMap, typeMap,
                    members(actor, project.key()));
        } catch (UnreadableFile e) {
            throw new InvalidInputException(e.text());
        }
    }

    /**
     * Imports a CSV of items whose columns {@code columnMap} maps onto item fields (header → field, see
     * {@link ItemCsv#FIELDS}); a row whose key names an item of the project updates it. A dry run writes nothing.
     */
    public ImportAnswer importCsv(Actor actor, String projectKey, byte[] content, boolean dryRun,
                                  Map<String, String> columnMap) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.IMPORT_PLANS);
        return run(actor, project, csv(actor, project, content, columnMap), dryRun, CSV);
    }

    private Incoming csv(Actor actor, ProjectRef project, byte[] content, Map<String, String> columnMap) {
        checkSize(content.length);
        Incoming incoming;
        try {
            incoming = ItemCsv.read(content, columnMap);
        } catch (UnreadableFile e) {
            throw new InvalidInputException(e.text());
        }
        Function<String, Optional<String>> member = members(actor, project.key());
        return new Incoming(incoming.source(), incoming.items().stream().map(i -> i.assignee() == null ? i
                        : new Incoming.Item(i.externalKey(), i.line(), i.type(), i.title(), i.description(), i.status(),
                        i.priority(), member.apply(i.assignee()).orElse(i.assignee()), i.parentKey(), i.labels(),
                        i.storyPoints(), i.plannedStart(), i.plannedFinish(), i.dueDate(), i.sprint(), i.comments()))
                .toList(), incoming.links(), incoming.sprints(), incoming.calendarDays(), incoming.workingWeekdays(),
                incoming.unmatchedPeople(), incoming.statusMapping(), incoming.typeMapping(), incoming.columnMapping(),
                incoming.warnings(), incoming.errors());
    }

    /** The item types a mapping may name. */
    public static final List<String> TYPES = List.of("epic", "feature", "story", "task", "bug", "milestone");

    /** The project's items, one row each in number order, as CSV. */
    @Transactional(readOnly = true)
    public byte[] exportItemsCsv(Actor actor, String projectKey) {
        return ItemSheets.csv(itemTable(actor, projectKey));
    }

    /** The project's items, one row each in number order, as an Excel workbook. */
    @Transactional(readOnly = true)
    public byte[] exportItemsXlsx(Actor actor, String projectKey) {
        return ItemSheets.xlsx(itemTable(actor, projectKey), "Items");
    }

    private ItemSheets.Table itemTable(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        List<String> header = List.of("Key", "Type", "Title", "Status", "Priority", "Assignee", "Parent", "Labels",
                "Story points", "Estimate hours", "Remaining hours", "Planned start", "Planned finish", "Due date",
                "Blocked", "Created", "Updated", "Description");
        List<List<Object>> rows = new ArrayList<>();
        for (ItemView i : workItems.all(actor, project.key())) {
            List<Object> row = new ArrayList<>();
            row.add(i.key());
            row.add(i.type());
            row.add(i.title());
            row.add(i.status());
            row.add(i.priority());
            row.add(i.assignee());
            row.add(i.parent());
            row.add(i.labels() == null ? null : String.join(" ", new java.util.TreeSet<>(i.labels())));
            row.add(i.storyPoints());
            row.add(i.estimateHours());
            row.add(i.remainingHours());
            row.add(i.plannedStart());
            row.add(i.plannedFinish());
            row.add(i.dueDate());
            row.add(i.blocked() ? "yes" : "no");
            row.add(i.createdAt() == null ? null : i.createdAt().toString());
            row.add(i.updatedAt() == null ? null : i.updatedAt().toString());
            row.add(i.description());
            rows.add(row);
        }
        return new ItemSheets.Table(header, rows);
    }

    /**
     * The project's plan as MSPDI XML: items in hierarchy order with the dates, durations and float the schedule
     * gives them, their links, assignees as resources and the working calendar with its holidays.
     */
    @Transactional(readOnly = true)
    public byte[] exportMsProject(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        ProjectSchedule plan = schedule.schedule(actor, project.key());
        Map<String, ItemView> items = workItems.all(actor, project.key()).stream()
                .collect(Collectors.toMap(ItemView::key, Function.identity()));
        Map<String, Plan.Resource> resources = new LinkedHashMap<>();
        List<Plan.Task> tasks = new ArrayList<>();
        for (ScheduledItem row : plan.items()) {
            ItemView item = items.get(row.key());
            boolean milestone = "milestone".equals(row.type());
            Plan.Kind kind = row.summary() ? Plan.Kind.SUMMARY : milestone ? Plan.Kind.MILESTONE : Plan.Kind.TASK;
            boolean pinned = !row.summary() && item.plannedStart() != null;
            List<String> assigned = List.of();
            if (item.assignee() != null && !row.summary()) {
                resources.computeIfAbsent(item.assignee(), u -> identity.findByUsername(u)
                        .map(p -> new Plan.Resource(u, p.displayName(), p.email()))
                        .orElse(new Plan.Resource(u, u, null)));
                assigned = List.of(item.assignee());
            }
            tasks.add(new Plan.Task(row.key(), row.parent(), row.title(), item.description(), kind,
                    row.start(), row.finish(), milestone ? 0 : row.durationDays(),
                    pinned ? Plan.Constraint.START_NO_EARLIER_THAN : Plan.Constraint.AS_SOON_AS_POSSIBLE,
                    pinned ? (milestone ? row.finish() : row.start()) : null, item.dueDate(),
                    item.statusCategory() == StatusCategory.DONE ? 100 : 0, assigned));
        }
        List<Plan.Link> links = workItems.projectDependencies(actor, project.key()).stream()
                .map((DependencyView d) -> new Plan.Link(d.predecessor(), d.successor(), d.type().name(), d.lagDays()))
                .toList();
        CalendarView calendar = schedule.calendar(actor, project.key());
        List<Plan.CalendarDay> days = calendar.exceptions().stream()
                .map(e -> new Plan.CalendarDay(e.day(), e.working(), e.name())).toList();
        return MsProjectFiles.write(new Plan(project.name(), plan.start(), calendar.workingWeekdays(), days, tasks,
                links, List.copyOf(resources.values())));
    }
}
