package dev.tandem.register;

import dev.tandem.register.internal.RegisterSetting;
import dev.tandem.register.internal.RegisterSettings;
import dev.tandem.register.internal.TechDebt;
import dev.tandem.register.internal.TechDebts;

import dev.tandem.planning.Links;
import dev.tandem.system.Inputs;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.schedule.ProjectSchedule;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.schedule.ScheduledItem;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.system.ProjectCounters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The EM-owned tech-debt register, its priority, the PM's report and the schedule buffer debt work consumes. */
@Service
@Transactional
public class TechDebtManagement {

    /** Converts planned debt hours into buffer days. */
    public static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TechDebts debts;
    private final RegisterSettings settings;
    private final PortfolioManagement portfolio;
    private final ScheduleManagement schedules;
    private final Links links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProjectCounters counters;

    TechDebtManagement(TechDebts debts, RegisterSettings settings, PortfolioManagement portfolio,
                       ScheduleManagement schedules, Links links, ApplicationEventPublisher events, Clock clock, ProjectCounters counters) {
        this.debts = debts;
        this.settings = settings;
        this.portfolio = portfolio;
        this.schedules = schedules;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.counters = counters;
    }

    @Transactional(readOnly = true)
    public List<DebtView> debts(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return debts.findByProjectIdOrderByNumberAsc(project.id()).stream().map(TechDebtManagement::view).toList();
    }

    @Transactional(readOnly = true)
    public DebtView debt(Actor actor, String projectKey, int number) {
        return view(find(portfolio.access(actor, projectKey, Permission.VIEW_PROJECT), number));
    }

    /** Unpaid debt, highest priority first, with its totals and the buffer. */
    @Transactional(readOnly = true)
    public DebtReport report(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        List<DebtView> unpaid = debts.findByProjectIdOrderByNumberAsc(project.id()).stream()
                .filter(d -> d.status() != DebtStatus.PAID).map(TechDebtManagement::view)
                .sorted(Comparator.comparing(DebtView::priority).reversed().thenComparingInt(DebtView::number))
                .toList();
        BigDecimal interest = unpaid.stream().map(DebtView::interestHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fix = unpaid.stream().map(DebtView::fixHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DebtReport(project.key(), unpaid, unpaid.size(), Inputs.norm(interest),
                Inputs.norm(fix), buffer(actor, projectKey));
    }

    /** How much of the buffer the debt planned into it consumes, against how far the critical chain has got. */
    @Transactional(readOnly = true)
    public BufferStatus buffer(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        RegisterSetting setting = settings.of(project.id());
        List<TechDebt> planned = debts.findByProjectIdOrderByNumberAsc(project.id()).stream().filter(TechDebt::inBuffer).toList();
        BigDecimal consumedDays = planned.stream().map(TechDebt::fixHours).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(HOURS_PER_DAY, 1, RoundingMode.HALF_UP);
        BigDecimal bufferDays = setting.bufferDays();
        BigDecimal consumedPercent = bufferDays.signum() == 0 ? null
                : consumedDays.multiply(HUNDRED).divide(bufferDays, 1, RoundingMode.HALF_UP);
        BigDecimal completed = chainCompletedPercent(schedules.schedule(actor, project.key()));
        return new BufferStatus(Inputs.norm(bufferDays), Inputs.norm(consumedDays), consumedPercent,
                completed, BufferStatus.zone(consumedPercent, completed),
                planned.stream().map(d -> "D" + d.number()).toList(), setting.version());
    }

    /** Progress along the critical chain: the durations of critical work items, weighted by their progress. */
    static BigDecimal chainCompletedPercent(ProjectSchedule schedule) {
        double total = 0;
        double done = 0;
        for (ScheduledItem item : schedule.items()) {
            if (item.critical() && !item.summary()) {
                total += item.durationDays();
                done += item.durationDays() * item.progress();
            }
        }
        return total == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(done * 100 / total).setScale(1, RoundingMode.HALF_UP);
    }

    public BufferStatus setBuffer(Actor actor, String projectKey, BigDecimal days, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        BigDecimal value = Inputs.amount("bufferDays", days, BigDecimal.ZERO, BigDecimal.valueOf(1000), true);
        if (value.stripTrailingZeros().scale() > 1) {
            throw new InvalidInputException("bufferDays", Text.of("problem.register.oneDecimal"));
        }
        RegisterSetting setting = settings.forUpdate(project.id());
        StaleVersionException.check(Text.of("problem.register.settings", project.key()), version, setting.version());
        BigDecimal old = setting.bufferDays();
        setting.setBufferDays(value);
        settings.saveAndFlush(setting);
        events.publishEvent(new RegisterEvent(project.id(), actor.username(), "buffer.changed", "Project", project.key(),
                "bufferDays: " + Inputs.plain(old) + " → " + Inputs.plain(value)));
        return buffer(actor, projectKey);
    }

    public DebtView create(Actor actor, String projectKey, DebtFields fields) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_TECH_DEBT);
        TechDebt debt = new TechDebt(project.id(), counters.next(project.id(), "tech-debt"), clock.instant());
        apply(actor, project, debt, fields, true);
        debts.saveAndFlush(debt);
        events.publishEvent(new RegisterEvent(project.id(), actor.username(), "debt.created", "TechDebt",
                project.key() + "/D" + debt.number(), String.join("\n", describe(debt).entrySet().stream()
                        .map(e -> e.getKey() + ": " + Inputs.display(e.getValue())).toList())));
        return view(debt);
    }

    public DebtView update(Actor actor, String projectKey, int number, DebtFields fields, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_TECH_DEBT);
        TechDebt debt = find(project, number);
        StaleVersionException.check(Text.of("problem.register.debt", number), version, debt.version());
        Map<String, String> before = describe(debt);
        apply(actor, project, debt, fields, false);
        Map<String, String> after = describe(debt);
        List<String> changes = new ArrayList<>();
        after.forEach((field, now) -> {
            if (!Objects.equals(before.get(field), now)) {
                changes.add(field + ": " + Inputs.display(before.get(field)) + " → " + Inputs.display(now));
            }
        });
        if (!changes.isEmpty()) {
            debt.touched(clock.instant());
            debts.flush();
            events.publishEvent(new RegisterEvent(project.id(), actor.username(), "debt.updated", "TechDebt",
                    project.key() + "/D" + number, String.join("\n", changes)));
        }
        return view(debt);
    }

    /**
     * An entry raised from a static-analysis finding while a quality report is published, so by whoever may publish
     * one ({@code PUBLISH_QUALITY_REPORTS}): one hour of interest and one of fix until the EM estimates it. Returns
     * its number.
     */
    public int raiseFromFinding(Actor actor, String projectKey, String title, String component, String description,
                                String severity) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.PUBLISH_QUALITY_REPORTS);
        TechDebt debt = new TechDebt(project.id(), counters.next(project.id(), "tech-debt"), clock.instant());
        apply(actor, project, debt, new DebtFields(Inputs.clip(title, 255), Inputs.clip(component, 128),
                Inputs.clip(description, 20_000), BigDecimal.ONE, BigDecimal.ONE, severity, null, null, null), true);
        debts.saveAndFlush(debt);
        events.publishEvent(new RegisterEvent(project.id(), actor.username(), "debt.created", "TechDebt",
                project.key() + "/D" + debt.number(), String.join("\n", describe(debt).entrySet().stream()
                        .map(e -> e.getKey() + ": " + Inputs.display(e.getValue())).toList())));
        return debt.number();
    }

    /** Marks an entry raised from a finding paid, the finding being gone; one already paid stays as it is. */
    public void closeFromFinding(Actor actor, String projectKey, int number, String why) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.PUBLISH_QUALITY_REPORTS);
        TechDebt debt = debts.findByProjectIdAndNumber(project.id(), number).orElse(null);
        if (debt == null || debt.status() == DebtStatus.PAID) {
            return;
        }
        DebtStatus old = debt.status();
        debt.setStatus(DebtStatus.PAID);
        debt.touched(clock.instant());
        debts.flush();
        events.publishEvent(new RegisterEvent(project.id(), actor.username(), "debt.updated", "TechDebt",
                project.key() + "/D" + number, "status: " + old + " → " + DebtStatus.PAID + " (" + why + ")"));
    }

    private void apply(Actor actor, ProjectRef project, TechDebt debt, DebtFields f, boolean creating) {
        if (f.title() != null || creating) {
            debt.setTitle(Inputs.text("title", f.title(), 255, true));
        }
        if (f.component() != null) {
            debt.setComponent(Inputs.text("component", f.component(), 128, false));
        }
        if (f.description() != null) {
            debt.setDescription(Inputs.text("description", f.description(), 20_000, false));
        }
        if (f.interestHours() != null || creating) {
            debt.setInterestHours(Inputs.amount("interestHours", f.interestHours(), BigDecimal.ZERO, MAX_HOURS, true));
        }
        if (f.fixHours() != null || creating) {
            BigDecimal fix = Inputs.amount("fixHours", f.fixHours(), BigDecimal.ZERO, MAX_HOURS, true);
            if (fix.signum() == 0) {
                throw new InvalidInputException("fixHours", Text.of("problem.register.fixHours"));
            }
            debt.setFixHours(fix);
        }
        if (f.severity() != null || creating) {
            debt.setSeverity(Inputs.choice("severity", f.severity(), DebtSeverity.class));
        }
        if (f.status() != null) {
            debt.setStatus(Inputs.choice("status", f.status(), DebtStatus.class));
        }
        if (f.inBuffer() != null) {
            debt.setInBuffer(f.inBuffer());
        }
        if (f.items() != null) {
            debt.replaceItems(links.items(actor, project, "items", f.items()));
        }
    }

    private static Map<String, String> describe(TechDebt d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", d.title());
        m.put("component", d.component());
        m.put("description", d.description() == null ? null : "(" + d.description().length() + " characters)");
        m.put("interestHours", Inputs.plain(d.interestHours()));
        m.put("fixHours", Inputs.plain(d.fixHours()));
        m.put("severity", Objects.toString(d.severity(), null));
        m.put("status", d.status().name());
        m.put("inBuffer", Boolean.toString(d.inBuffer()));
        m.put("items", d.items().isEmpty() ? null : String.join(", ", d.items()));
        return m;
    }

    /** interest ÷ fix × severity weight: cheap fixes of expensive, severe debt come first. */
    static BigDecimal priority(BigDecimal interestHours, BigDecimal fixHours, DebtSeverity severity) {
        return interestHours.multiply(BigDecimal.valueOf(severity.weight())).divide(fixHours, 2, RoundingMode.HALF_UP);
    }

    private TechDebt find(ProjectRef project, int number) {
        return debts.findByProjectIdAndNumber(project.id(), number)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.register.noDebt", number, project.key())));
    }

    private static DebtView view(TechDebt d) {
        BigDecimal priority = priority(d.interestHours(), d.fixHours(), d.severity());
        return new DebtView(d.number(), "D" + d.number(), d.title(), d.component(), d.description(),
                Inputs.norm(d.interestHours()), Inputs.norm(d.fixHours()), d.severity(), d.status(),
                d.inBuffer(), priority,
                new TreeSet<>(d.items()), d.version(), d.createdAt(), d.updatedAt());
    }
}
