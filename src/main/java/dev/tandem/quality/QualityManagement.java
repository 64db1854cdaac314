package dev.tandem.quality;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.quality.ReportView.ComponentView;
import dev.tandem.quality.ReportView.GateReason;
import dev.tandem.quality.engine.FindingDiff;
import dev.tandem.quality.engine.Fingerprints;
import dev.tandem.quality.engine.PathMapping;
import dev.tandem.quality.engine.QualityGate;
import dev.tandem.quality.engine.Severity;
import dev.tandem.quality.internal.CoberturaParser;
import dev.tandem.quality.internal.CoverageSink;
import dev.tandem.quality.internal.JacocoParser;
import dev.tandem.quality.internal.LcovParser;
import dev.tandem.quality.internal.QualityStore.Component;
import dev.tandem.quality.internal.QualityStore.Finding;
import dev.tandem.quality.internal.QualityStore.Report;
import dev.tandem.quality.internal.QualityStore.Settings;
import dev.tandem.quality.internal.QualityStore;
import dev.tandem.quality.internal.RawFinding;
import dev.tandem.quality.internal.ReportFormat;
import dev.tandem.quality.internal.ReportFormatException;
import dev.tandem.quality.internal.SarifParser;
import dev.tandem.register.TechDebtManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Quality reports of a project. Publishing needs {@code PUBLISH_QUALITY_REPORTS}; reading {@code VIEW_PROJECT}; the
 * gate and the path mapping are project settings ({@code EDIT_PROJECT}). A report is read as it streams in and stored
 * in the same transaction, so a report that turns out malformed half-way leaves nothing behind.
 */
@Service
@Transactional
public class QualityManagement {

    /** Tech-debt entries one report may raise at most, the most severe findings first. */
    static final int MAX_DEBTS_PER_REPORT = 50;
    static final int MAX_FINDINGS_SHOWN = 500;
    private static final Pattern ITEM_KEY = Pattern.compile("(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,9}-[0-9]{1,9})(?![0-9])");

    private final QualityStore store;
    private final PortfolioManagement portfolio;
    private final TechDebtManagement debts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;
    private final long maxReportBytes;

    QualityManagement(QualityStore store, PortfolioManagement portfolio, TechDebtManagement debts,
                      ApplicationEventPublisher events, Clock clock,
                      @Value("${tandem.quality.max-report-size}") DataSize maxReportSize, MessageSource messages) {
        this.store = store;
        this.portfolio = portfolio;
        this.debts = debts;
        this.events = events;
        this.clock = clock;
        this.messages = messages;
        this.maxReportBytes = maxReportSize.toBytes();
    }

    public long maxReportBytes() {
        return maxReportBytes;
    }

    @Transactional(readOnly = true)
    public boolean mayPublish(Actor actor, String projectKey) {
        return portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).may(Permission.PUBLISH_QUALITY_REPORTS);
    }

    @Transactional(readOnly = true)
    public boolean mayConfigure(Actor actor, String projectKey) {
        return portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).may(Permission.EDIT_PROJECT);
    }

    /**
     * Reads and stores a report.
     *
     * @throws InvalidInputException   a bad format name or commit, or a report that cannot be read (naming where)
     * @throws ReportTooLargeException the report is over the limit
     */
    public ReportView publish(Actor actor, String projectKey, ReportUpload upload, InputStream body) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.PUBLISH_QUALITY_REPORTS);
        ReportFormat format = ReportFormat.of(upload.format());
        if (format == null) {
            throw new InvalidInputException("format", Text.of("problem.input.oneOf", "sarif, jacoco, cobertura, lcov"));
        }
        String commit = upload.commit() == null ? "" : upload.commit().strip();
        if (commit.isEmpty() || commit.length() > 64 || commit.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("commit", Text.of("problem.quality.commit"));
        }
        String branch = blankToNull(upload.branch());
        if (branch != null && branch.length() > 255) {
            throw new InvalidInputException("branch", Text.of("problem.input.tooLong", 255));
        }
        String message = blankToNull(upload.message());
        if (message != null && message.length() > 1000) {
            message = message.substring(0, 999) + "…";
        }
        Settings settings = store.settings(project.id());
        Set<String> items = itemKeys(project.key(), branch, message);
        long id = store.startReport(project.id(), format.coverage() ? "COVERAGE" : "FINDINGS", format.name(), commit,
                branch, message, items.isEmpty() ? "" : "," + String.join(",", items) + ",", actor.username(),
                clock.instant());
        InputStream limited = new Limited(body, maxReportBytes);
        try {
            if (format.coverage()) {
                coverage(project, id, format, settings, limited);
            } else {
                findings(actor, project, id, settings, limited);
            }
        } catch (ReportFormatException e) {
            throw new InvalidInputException("file", e.text());
        }
        Report report = store.report(project.id(), id).orElseThrow();
        events.publishEvent(new QualityEvent(project.id(), actor.username(), "quality-report.published",
                "QualityReport", project.key() + "/Q" + id, "format: " + format.name().toLowerCase()
                + "\ntool: " + report.tool() + "\ncommit: " + commit
                + (report.kind().equals("FINDINGS") ? "\nfindings: " + report.openFindings() + " (new "
                + report.newFindings() + ", fixed " + report.fixedFindings() + ")"
                : "\nline coverage: " + percentText(report.linesCovered(), report.linesTotal()))
                + "\ngate: " + (report.gatePassed() ? "passed" : "failed")));
        return view(report);
    }

    /** Finding counts of one component while a report streams in: open per severity, and new. */
    private static final class Counts {
        final int[] open = new int[Severity.values().length];
        int fresh;
    }

    private void findings(Actor actor, ProjectRef project, long id, Settings settings, InputStream in) {
        PathMapping mapping = PathMapping.parse(settings.components());
        var ingest = new Consumer<RawFinding>() {
            FindingDiff diff;
            Report previous;
            String tool;
            final List<Finding> batch = new ArrayList<>(QualityStore.BATCH);
            final Map<String, Counts> components = new TreeMap<>();
            final Map<Severity, Integer> newBySeverity = new EnumMap<>(Severity.class);
            int open;

            void start(String name) {
                tool = name;
                previous = store.previous(project.id(), "FINDINGS", name, id).orElse(null);
                diff = new FindingDiff(previous == null ? Set.of() : store.openFingerprints(previous.id()));
            }

            @Override
            public void accept(RawFinding f) {
                if (diff == null) {
                    start(f.tool());
                }
                String component = mapping.componentOf(f.path());
                var admitted = diff.admit(Fingerprints.of(f.ruleId(), f.path(), f.snippet(), f.message(),
                        f.toolFingerprints()));
                Counts counts = components.computeIfAbsent(component, c -> new Counts());
                counts.open[f.severity().ordinal()]++;
                open++;
                if (admitted.isNew()) {
                    counts.fresh++;
                    newBySeverity.merge(f.severity(), 1, Integer::sum);
                }
                batch.add(new Finding(admitted.isNew() ? "NEW" : "OPEN", admitted.fingerprint(), f.ruleId(),
                        f.severity().name(), component, f.path(), f.line(), f.message()));
                if (batch.size() == QualityStore.BATCH) {
                    flush();
                }
            }

            void flush() {
                store.insertFindings(id, batch);
                batch.clear();
            }
        };
        String tool = SarifParser.parse(in, ingest);
        if (ingest.diff == null) {
            ingest.start(tool);
        }
        ingest.flush();
        Set<String> fixed = ingest.diff.fixed();
        if (ingest.previous != null && !fixed.isEmpty()) {
            store.copyAsFixed(ingest.previous.id(), id, fixed);
        }
        Map<String, Integer> fixedPerComponent = store.fixedPerComponent(id);
        Set<String> names = new TreeSet<>(ingest.components.keySet());
        names.addAll(fixedPerComponent.keySet());
        List<Component> rows = new ArrayList<>();
        for (String name : names) {
            Counts c = ingest.components.getOrDefault(name, new Counts());
            rows.add(new Component(name, c.open[0], c.open[1], c.open[2], c.open[3], c.fresh,
                    fixedPerComponent.getOrDefault(name, 0), null, null, null, null));
        }
        store.insertComponents(id, rows);
        QualityGate.Result gate = QualityGate.findings(gateSettings(settings), ingest.newBySeverity);
        store.finish(id, ingest.tool, ingest.open, ingest.diff.newCount(), fixed.size(), null, null, null, null,
                ingest.previous == null ? null : ingest.previous.id(), gate.passed(), reasons(gate));
        // entries raised earlier are paid when their finding goes, even after raising was turned off
        store.openDebts(project.id(), ingest.tool).forEach((fingerprint, number) -> {
            if (fixed.contains(fingerprint)) {
                debts.closeFromFinding(actor, project.key(), number, text("quality.debt.closed", id));
                store.closeDebt(project.id(), fingerprint);
            }
        });
        if (settings.debtSeverity() != null) {
            raiseDebts(actor, project, id, ingest.tool, Severity.valueOf(settings.debtSeverity()));
        }
    }

    /** Raises an entry for each finding at the threshold or worse that has none yet, at most 50 a report. */
    private void raiseDebts(Actor actor, ProjectRef project, long id, String tool, Severity threshold) {
        List<String> severities = Arrays.stream(Severity.values()).filter(s -> s.atLeast(threshold)).map(Enum::name)
                .toList();
        int raised = 0;
        for (Finding f : store.severeFindings(id, severities, MAX_FINDINGS_SHOWN)) {
            if (raised == MAX_DEBTS_PER_REPORT) {
                break;
            }
            if (store.hasDebt(project.id(), f.fingerprint())) {
                continue;
            }
            String where = f.path() + (f.line() == null ? "" : ":" + f.line());
            int number = debts.raiseFromFinding(actor, project.key(), f.ruleId() + ": " + f.message(), f.component(),
                    text("quality.debt.description", tool, id, "/projects/" + project.key() + "/quality/reports/" + id,
                            f.ruleId(), where, f.fingerprint(), f.message()), f.severity());
            store.recordDebt(project.id(), f.fingerprint(), tool, number, id);
            raised++;
        }
    }

    private void coverage(ProjectRef project, long id, ReportFormat format, Settings settings, InputStream in) {
        PathMapping mapping = PathMapping.parse(settings.components());
        Map<String, long[]> components = new TreeMap<>();
        long[] total = new long[4];
        CoverageSink sink = (path, lc, lt, bc, bt) -> {
            long[] c = components.computeIfAbsent(mapping.componentOf(path), k -> new long[4]);
            long[] figures = {lc, lt, bc, bt};
            for (int i = 0; i < 4; i++) {
                c[i] += figures[i];
                total[i] += figures[i];
            }
        };
        String tool = switch (format) {
            case JACOCO -> JacocoParser.parse(in, sink);
            case COBERTURA -> CoberturaParser.parse(in, sink);
            case LCOV -> LcovParser.parse(in, sink);
            case SARIF -> throw new IllegalStateException("SARIF carries findings");
        };
        store.insertComponents(id, components.entrySet().stream().map(e -> new Component(e.getKey(), 0, 0, 0, 0, 0, 0,
                e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList());
        Report previous = store.previous(project.id(), "COVERAGE", null, id).orElse(null);
        BigDecimal now = QualityGate.percent(total[0], total[1]);
        BigDecimal before = previous == null || previous.linesTotal() == null ? null
                : QualityGate.percent(previous.linesCovered(), previous.linesTotal());
        QualityGate.Result gate = QualityGate.coverage(gateSettings(settings), now, before);
        store.finish(id, tool, 0, 0, 0, total[0], total[1], total[2], total[3],
                previous == null ? null : previous.id(), gate.passed(), reasons(gate));
    }

    // reading

    @Transactional(readOnly = true)
    public List<ReportView> reports(Actor actor, String projectKey, int limit) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return store.reports(project.id(), Math.max(1, Math.min(limit, 200))).stream().map(r -> view(r, List.of()))
                .toList();
    }

    @Transactional(readOnly = true)
    public ReportView report(Actor actor, String projectKey, long id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return view(find(project, id));
    }

    /** Findings of a report, optionally of one component and one state, the most severe first, at most 500. */
    @Transactional(readOnly = true)
    public List<FindingView> findings(Actor actor, String projectKey, long id, String component, String state, int limit) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Report report = find(project, id);
        String wanted = blankToNull(state);
        if (wanted != null && !List.of("NEW", "OPEN", "FIXED").contains(wanted.toUpperCase())) {
            throw new InvalidInputException("state", Text.of("problem.quality.state"));
        }
        if (component != null && component.length() > PathMapping.MAX_NAME) {
            throw new InvalidInputException("component", Text.of("problem.input.tooLong", PathMapping.MAX_NAME));
        }
        return store.findings(report.id(), blankToNull(component), wanted == null ? null : wanted.toUpperCase(),
                        Math.max(1, Math.min(limit, MAX_FINDINGS_SHOWN))).stream()
                .map(f -> new FindingView(f.state(), f.fingerprint(), f.ruleId(), f.severity(), f.component(),
                        f.path(), f.line(), f.message())).toList();
    }

    /** Open findings per rule of a findings report, the most frequent first. */
    @Transactional(readOnly = true)
    public List<RuleView> rules(Actor actor, String projectKey, long id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return store.rules(find(project, id).id(), 50).stream()
                .map(r -> new RuleView(r.ruleId(), r.severity(), r.open(), r.fresh())).toList();
    }

    public record RuleView(String rule, String severity, int open, int newFindings) {
    }

    /** Line and branch coverage over the newest 100 coverage reports, oldest first; of one component when named. */
    @Transactional(readOnly = true)
    public List<CoveragePoint> coverageTrend(Actor actor, String projectKey, String component) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        List<Report> reports = store.coverageReports(project.id(), 100);
        String name = blankToNull(component);
        if (name != null && name.length() > PathMapping.MAX_NAME) {
            throw new InvalidInputException("component", Text.of("problem.input.tooLong", PathMapping.MAX_NAME));
        }
        if (name == null) {
            return reports.stream().map(r -> new CoveragePoint(r.id(), r.commit(), r.createdAt(),
                    percent(r.linesCovered(), r.linesTotal()), percent(r.branchesCovered(), r.branchesTotal()),
                    r.gatePassed())).toList();
        }
        Map<Long, Component> figures = store.componentIn(reports.stream().map(Report::id).toList(), name);
        return reports.stream().filter(r -> figures.containsKey(r.id())).map(r -> {
            Component c = figures.get(r.id());
            return new CoveragePoint(r.id(), r.commit(), r.createdAt(), percent(c.linesCovered(), c.linesTotal()),
                    percent(c.branchesCovered(), c.branchesTotal()), r.gatePassed());
        }).toList();
    }

    // settings

    @Transactional(readOnly = true)
    public QualitySettingsView settings(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return view(store.settings(project.id()));
    }

    public QualitySettingsView changeSettings(Actor actor, String projectKey, QualitySettingsView wanted, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        Settings current = store.settings(project.id());
        StaleVersionException.check(Text.of("problem.quality.settings", project.key()), version, current.version());
        String components = wanted.components() == null ? current.components() : wanted.components().strip();
        if (components.length() > 8000) {
            throw new InvalidInputException("components", Text.of("problem.input.tooLong", 8000));
        }
        try {
            PathMapping.parse(components);
        } catch (PathMapping.Invalid e) {
            throw new InvalidInputException("components", e.text());
        }
        String severity = wanted.gateSeverity() == null ? current.gateSeverity() : severity("gateSeverity", wanted.gateSeverity());
        int maxNew = wanted.gateMaxNew() == null ? current.gateMaxNew() : wanted.gateMaxNew();
        if (maxNew < 0 || maxNew > 1_000_000) {
            throw new InvalidInputException("gateMaxNew", Text.of("problem.input.between", "0", "1000000"));
        }
        BigDecimal drop = wanted.gateMaxCoverageDrop() == null ? current.gateMaxCoverageDrop()
                : points("gateMaxCoverageDrop", wanted.gateMaxCoverageDrop());
        BigDecimal min = wanted.gateMinLineCoverage() == null ? null : points("gateMinLineCoverage", wanted.gateMinLineCoverage());
        String debt = blankToNull(wanted.debtSeverity()) == null ? null : severity("debtSeverity", wanted.debtSeverity());
        Settings next = new Settings(components, severity, maxNew, drop, min, debt, current.version());
        if (!store.saveSettings(project.id(), next, current.version())) {
            throw new StaleVersionException(Text.of("problem.quality.settings", project.key()),
                    store.settings(project.id()).version());
        }
        List<String> changes = new ArrayList<>();
        change(changes, "components", current.components(), components);
        change(changes, "gateSeverity", current.gateSeverity(), severity);
        change(changes, "gateMaxNew", Integer.toString(current.gateMaxNew()), Integer.toString(maxNew));
        change(changes, "gateMaxCoverageDrop", plain(current.gateMaxCoverageDrop()), plain(drop));
        change(changes, "gateMinLineCoverage", plain(current.gateMinLineCoverage()), plain(min));
        change(changes, "debtSeverity", current.debtSeverity(), debt);
        if (!changes.isEmpty()) {
            events.publishEvent(new QualityEvent(project.id(), actor.username(), "quality-settings.changed", "Project",
                    project.key(), String.join("\n", changes)));
        }
        return view(store.settings(project.id()));
    }

    // for the ports

    /** The newest findings and coverage reports' verdicts, when the reader sees the project. */
    public List<Report> latest(Actor reader, String projectKey) {
        return store.latestPerKind(portfolio.access(reader, projectKey, Permission.VIEW_PROJECT).id());
    }

    public List<Report> naming(Actor reader, String itemKey) {
        int dash = itemKey.lastIndexOf('-');
        if (dash <= 0) {
            return List.of();
        }
        ProjectRef project = portfolio.access(reader, itemKey.substring(0, dash), Permission.VIEW_PROJECT);
        return store.reportsNaming(project.id(), itemKey, 10);
    }

    // helpers

    private Report find(ProjectRef project, long id) {
        return store.report(project.id(), id).orElseThrow(() ->
                new NotFoundException(Text.of("problem.quality.noReport", id, project.key())));
    }

    private ReportView view(Report r) {
        return view(r, store.components(r.id()).stream().map(c -> new ComponentView(c.component(), c.critical(),
                c.high(), c.medium(), c.low(), c.fresh(), c.fixed(), percent(c.linesCovered(), c.linesTotal()),
                percent(c.branchesCovered(), c.branchesTotal()))).toList());
    }

    private static ReportView view(Report r, List<ComponentView> components) {
        List<String> items = r.itemKeys().isEmpty() ? List.of()
                : Arrays.stream(r.itemKeys().split(",")).filter(s -> !s.isEmpty()).toList();
        return new ReportView(r.id(), r.kind(), r.format(), r.tool(), r.commit(), r.branch(), r.message(), items,
                r.uploadedBy(), r.createdAt(), r.openFindings(), r.newFindings(), r.fixedFindings(),
                percent(r.linesCovered(), r.linesTotal()), percent(r.branchesCovered(), r.branchesTotal()),
                r.linesCovered(), r.linesTotal(), r.previousId(), r.gatePassed(), reasons(r.gateReasons()), components);
    }

    private static QualitySettingsView view(Settings s) {
        return new QualitySettingsView(s.components(), s.gateSeverity(), s.gateMaxNew(), s.gateMaxCoverageDrop(),
                s.gateMinLineCoverage(), s.debtSeverity(), s.version());
    }

    private static QualityGate.Settings gateSettings(Settings s) {
        return new QualityGate.Settings(Severity.valueOf(s.gateSeverity()), s.gateMaxNew(), s.gateMaxCoverageDrop(),
                s.gateMinLineCoverage());
    }

    /** Stored one reason a line: the code and its figures separated by '|'. */
    private static String reasons(QualityGate.Result gate) {
        return String.join("\n", gate.reasons().stream()
                .map(r -> r.code() + (r.figures().isEmpty() ? "" : "|" + String.join("|", r.figures()))).toList());
    }

    private static List<GateReason> reasons(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).map(line -> {
            String[] parts = line.split("\\|");
            List<String> figures = List.of(parts).subList(1, parts.length);
            return new GateReason(parts[0], figures, sentence(parts[0], figures));
        }).toList();
    }

    /** The English sentence of a failed condition; pages show the bundles' translation of the code instead. */
    static String sentence(String code, List<String> f) {
        return switch (code) {
            case "NEW_FINDINGS" -> "new findings of severity " + f.get(1).toLowerCase() + " or worse: " + f.get(0)
                    + " (at most " + f.get(2) + " allowed)";
            case "COVERAGE_DROP" -> "line coverage fell from " + f.get(0) + "% to " + f.get(1) + "% (at most "
                    + f.get(2) + " points allowed)";
            case "COVERAGE_BELOW_MINIMUM" -> "line coverage " + f.get(0) + "% is below the minimum of " + f.get(1) + "%";
            default -> code;
        };
    }

    static Set<String> itemKeys(String projectKey, String branch, String message) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : new String[] {branch, message}) {
            if (text == null) {
                continue;
            }
            Matcher m = ITEM_KEY.matcher(text);
            while (m.find() && keys.size() < 20) {
                if (m.group(1).startsWith(projectKey + "-")) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static BigDecimal percent(Long covered, Long total) {
        return covered == null || total == null ? null : QualityGate.percent(covered, total);
    }

    private static String percentText(Long covered, Long total) {
        BigDecimal p = percent(covered, total);
        return p == null ? "-" : p.toPlainString() + "%";
    }

    private static String severity(String field, String value) {
        try {
            return Severity.valueOf(value.strip().toUpperCase()).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, Text.of("problem.input.oneOf", "critical, high, medium, low"));
        }
    }

    private static BigDecimal points(String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, Text.of("problem.quality.points"));
        }
        return value;
    }

    private static void change(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null || before.isEmpty() ? "–" : before) + " → "
                    + (after == null || after.isEmpty() ? "–" : after));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Counts the bytes read and stops at the limit, so an oversized report is refused before it is all read. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new ReportTooLargeException(limit);
            }
        }
    }

    /** A sentence Tandem writes for a person, in the language of the request that makes it write. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
