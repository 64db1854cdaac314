package dev.tandem.register;

import dev.tandem.register.internal.RegisterSetting;
import dev.tandem.register.internal.RegisterSettings;
import dev.tandem.register.internal.Risk;
import dev.tandem.register.internal.Risks;

import dev.tandem.planning.Links;
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
import dev.tandem.system.ProjectCounters;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The risk register of a project: risks scored probability × impact, a heat map and a threshold. */
@Service
@Transactional
public class RiskManagement {

    private final Risks risks;
    private final RegisterSettings settings;
    private final PortfolioManagement portfolio;
    private final Links links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProjectCounters counters;

    RiskManagement(Risks risks, RegisterSettings settings, PortfolioManagement portfolio, Links links,
                   ApplicationEventPublisher events, Clock clock, ProjectCounters counters) {
        this.risks = risks;
        this.settings = settings;
        this.portfolio = portfolio;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.counters = counters;
    }

    @Transactional(readOnly = true)
    public RiskRegister register(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        RegisterSetting setting = settings.of(project.id());
        List<RiskView> views = views(risks.findByProjectIdOrderByNumberAsc(project.id()), setting.riskThreshold());
        return new RiskRegister(project.key(), setting.riskThreshold(), setting.version(), views,
                heatMap(views, setting.riskThreshold()));
    }

    @Transactional(readOnly = true)
    public RiskView risk(Actor actor, String projectKey, int number) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return views(List.of(find(project, number)), settings.of(project.id()).riskThreshold()).getFirst();
    }

    /**
     * The risks of a project that are not closed and whose score is at or above the project's threshold, highest
     * score first: what the weekly sync report lists. No actor: the caller has already let its reader in.
     */
    @Transactional(readOnly = true)
    public List<RiskView> risksAbove(long projectId) {
        int threshold = settings.of(projectId).riskThreshold();
        return views(risks.findByProjectIdOrderByNumberAsc(projectId), threshold).stream()
                .filter(r -> r.aboveThreshold())
                .sorted(Comparator.comparingInt(RiskView::score).reversed().thenComparingInt(RiskView::number))
                .toList();
    }

    public RiskView create(Actor actor, String projectKey, RiskFields fields) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_RISKS);
        if (fields.title() == null || fields.category() == null) {
            throw new InvalidInputException(fields.title() == null ? "title" : "category", Text.of("problem.input.empty"));
        }
        Risk risk = new Risk(project.id(), counters.next(project.id(), "risk"), clock.instant());
        apply(actor, project, risk, fields, true);
        risks.saveAndFlush(risk);
        RiskView view = risk(actor, projectKey, risk.number());
        events.publishEvent(new RegisterEvent(project.id(), actor.username(), "risk.created", "Risk",
                project.key() + "/" + view.label(), String.join("\n", describe(risk).entrySet().stream()
                        .map(e -> e.getKey() + ": " + Inputs.display(e.getValue())).toList())));
        return view;
    }

    public RiskView update(Actor actor, String projectKey, int number, RiskFields fields, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_RISKS);
        Risk risk = find(project, number);
        StaleVersionException.check(Text.of("problem.register.risk", number), version, risk.version());
        Map<String, String> before = describe(risk);
        apply(actor, project, risk, fields, false);
        Map<String, String> after = describe(risk);
        List<String> changes = new ArrayList<>();
        after.forEach((field, now) -> {
            if (!Objects.equals(before.get(field), now)) {
                changes.add(field + ": " + Inputs.display(before.get(field)) + " → " + Inputs.display(now));
            }
        });
        if (!changes.isEmpty()) {
            risk.touched(clock.instant());
            risks.flush();
            events.publishEvent(new RegisterEvent(project.id(), actor.username(), "risk.updated", "Risk",
                    project.key() + "/R" + number, String.join("\n", changes)));
        }
        return risk(actor, projectKey, number);
    }

    public RiskRegister setThreshold(Actor actor, String projectKey, Integer threshold, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        if (threshold == null || threshold < 1 || threshold > 25) {
            throw new InvalidInputException("threshold", Text.of("problem.register.threshold"));
        }
        RegisterSetting setting = settings.forUpdate(project.id());
        StaleVersionException.check(Text.of("problem.register.settings", project.key()), version, setting.version());
        int old = setting.riskThreshold();
        setting.setRiskThreshold(threshold);
        settings.saveAndFlush(setting);
        events.publishEvent(new RegisterEvent(project.id(), actor.username(), "risk.threshold-changed", "Project",
                project.key(), "riskThreshold: " + old + " → " + threshold));
        return register(actor, projectKey);
    }

    private void apply(Actor actor, ProjectRef project, Risk risk, RiskFields f, boolean creating) {
        if (f.title() != null || creating) {
            risk.setTitle(Inputs.text("title", f.title(), 255, true));
        }
        if (f.category() != null) {
            risk.setCategory(Inputs.choice("category", f.category(), RiskCategory.class));
        }
        if (f.probability() != null || creating) {
            risk.setProbability(Inputs.oneToFive("probability", f.probability()));
        }
        if (f.impact() != null || creating) {
            risk.setImpact(Inputs.oneToFive("impact", f.impact()));
        }
        if (f.owner() != null) {
            risk.setOwnerId(f.owner().isBlank() ? null : links.member(project, "owner", f.owner()));
        }
        if (f.mitigation() != null) {
            risk.setMitigation(Inputs.text("mitigation", f.mitigation(), 4000, false));
        }
        if (f.contingency() != null) {
            risk.setContingency(Inputs.text("contingency", f.contingency(), 4000, false));
        }
        if (f.trigger() != null) {
            risk.setTrigger(Inputs.text("trigger", f.trigger(), 4000, false));
        }
        if (f.status() != null) {
            risk.setStatus(Inputs.choice("status", f.status(), RiskStatus.class));
        }
        if (f.items() != null) {
            risk.replaceItems(links.items(actor, project, "items", f.items()));
        }
    }

    private Map<String, String> describe(Risk r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", r.title());
        m.put("category", Objects.toString(r.category(), null));
        m.put("probability", Integer.toString(r.probability()));
        m.put("impact", Integer.toString(r.impact()));
        m.put("owner", r.ownerId() == null ? null : links.people(List.of(r.ownerId())).get(r.ownerId()).username());
        m.put("mitigation", r.mitigation());
        m.put("contingency", r.contingency());
        m.put("trigger", r.trigger());
        m.put("status", r.status().name());
        m.put("items", r.items().isEmpty() ? null : String.join(", ", r.items()));
        return m;
    }

    private Risk find(ProjectRef project, int number) {
        return risks.findByProjectIdAndNumber(project.id(), number)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.register.noRisk", number, project.key())));
    }

    private List<RiskView> views(List<Risk> list, int threshold) {
        Map<Long, PersonSummary> people = links.people(list.stream().map(Risk::ownerId).toList());
        return list.stream().map(r -> {
            PersonSummary owner = r.ownerId() == null ? null : people.get(r.ownerId());
            return new RiskView(r.number(), "R" + r.number(), r.title(), r.category(), r.probability(), r.impact(),
                    r.score(), owner == null ? null : owner.username(), owner == null ? null : owner.displayName(),
                    r.mitigation(), r.contingency(), r.trigger(), r.status(), new java.util.TreeSet<>(r.items()),
                    r.status() != RiskStatus.CLOSED && r.score() >= threshold, r.version(), r.createdAt(), r.updatedAt());
        }).toList();
    }

    static RiskHeatMap heatMap(List<RiskView> views, int threshold) {
        List<RiskHeatMap.Row> rows = new ArrayList<>();
        for (int p = 5; p >= 1; p--) {
            List<RiskHeatMap.Cell> cells = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int probability = p;
                int impact = i;
                List<String> here = views.stream()
                        .filter(r -> r.status() != RiskStatus.CLOSED && r.probability() == probability && r.impact() == impact)
                        .map(RiskView::label).toList();
                cells.add(new RiskHeatMap.Cell(p, i, p * i, RiskHeatMap.zone(p * i), p * i >= threshold, here));
            }
            rows.add(new RiskHeatMap.Row(p, cells));
        }
        return new RiskHeatMap(threshold, rows);
    }
}
