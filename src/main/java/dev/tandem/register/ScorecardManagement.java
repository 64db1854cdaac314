package dev.tandem.register;

import dev.tandem.register.internal.Scorecard;
import dev.tandem.register.internal.Scorecards;

import dev.tandem.planning.Links;
import dev.tandem.system.Inputs;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Technical impact scorecards of features and epics: every scoring is kept, the latest counts. */
@Service
@Transactional
public class ScorecardManagement {

    private static final Set<String> SCORED_TYPES = Set.of("feature", "epic");

    private final Scorecards scorecards;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final Links links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScorecardManagement(Scorecards scorecards, PortfolioManagement portfolio, WorkItemManagement workItems, Links links,
                        ApplicationEventPublisher events, Clock clock) {
        this.scorecards = scorecards;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /** Scores a feature or epic. Ratings left out are taken from its latest scoring; the first needs all four. */
    public ScorecardView score(Actor actor, String projectKey, String itemKey, ScoreFields fields) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.SCORE_FEATURES);
        ItemView item = links.item(actor, project, "item", itemKey);
        if (!SCORED_TYPES.contains(item.type())) {
            throw new InvalidInputException("item", Text.of("problem.register.notScored", item.key(), item.type()));
        }
        String key = item.key().toUpperCase(Locale.ROOT);
        List<Scorecard> history = scorecards.findByProjectIdAndItemKeyOrderByScoredAtDescIdDesc(project.id(), key);
        ScoreFields merged = history.isEmpty() ? fields : fields.over(history.getFirst().fields());
        ScoreFields checked = new ScoreFields(
                Inputs.oneToFive("feasibility", merged.feasibility()),
                Inputs.text("feasibilityRationale", merged.feasibilityRationale(), 4000, true),
                Inputs.oneToFive("scalability", merged.scalability()),
                Inputs.text("scalabilityRationale", merged.scalabilityRationale(), 4000, true),
                Inputs.oneToFive("maintainability", merged.maintainability()),
                Inputs.text("maintainabilityRationale", merged.maintainabilityRationale(), 4000, true),
                Inputs.oneToFive("risk", merged.risk()),
                Inputs.text("riskRationale", merged.riskRationale(), 4000, true));
        Scorecard saved = scorecards.saveAndFlush(new Scorecard(project.id(), key, checked, actor.username(), clock.instant()));
        BigDecimal overall = overall(checked);
        events.publishEvent(new RegisterEvent(project.id(), actor.username(), "scorecard.scored", "Scorecard", key,
                "feasibility: " + checked.feasibility() + "\nscalability: " + checked.scalability()
                        + "\nmaintainability: " + checked.maintainability() + "\nrisk: " + checked.risk()
                        + "\noverall: " + overall));
        return view(saved, project.key(), item, history.size() + 1);
    }

    /** The latest scoring of every scored item of the project, best overall first. */
    @Transactional(readOnly = true)
    public List<ScorecardView> scorecards(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return latest(actor, Map.of(project.id(), project.key()), scorecards.findByProjectIdOrderByScoredAtDescIdDesc(project.id()));
    }

    /** Every scoring of one item, newest first. */
    @Transactional(readOnly = true)
    public List<ScorecardView> history(Actor actor, String projectKey, String itemKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        ItemView item = links.item(actor, project, "item", itemKey);
        List<Scorecard> rows = scorecards.findByProjectIdAndItemKeyOrderByScoredAtDescIdDesc(project.id(),
                item.key().toUpperCase(Locale.ROOT));
        if (rows.isEmpty()) {
            throw new NotFoundException(Text.of("problem.register.notScoredYet", item.key()));
        }
        return rows.stream().map(s -> view(s, project.key(), item, rows.size())).toList();
    }

    /** The latest scorecards across every project the actor can see, best overall first. */
    @Transactional(readOnly = true)
    public List<ScorecardView> portfolioView(Actor actor) {
        Map<Long, String> keys = portfolio.visibleProjects(actor).stream()
                .collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::key));
        if (keys.isEmpty()) {
            return List.of();
        }
        return latest(actor, keys, scorecards.findByProjectIdInOrderByScoredAtDescIdDesc(keys.keySet()));
    }

    /** (feasibility + scalability + maintainability + (6 − risk)) ÷ 4. */
    static BigDecimal overall(ScoreFields f) {
        int sum = f.feasibility() + f.scalability() + f.maintainability() + (6 - f.risk());
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
    }

    private List<ScorecardView> latest(Actor actor, Map<Long, String> projectKeys, List<Scorecard> newestFirst) {
        Map<String, List<Scorecard>> byItem = new LinkedHashMap<>();
        newestFirst.forEach(s -> byItem.computeIfAbsent(s.itemKey(), k -> new ArrayList<>()).add(s));
        Map<String, ItemView> items = new LinkedHashMap<>();
        Set<Long> scored = newestFirst.stream().map(Scorecard::projectId).collect(Collectors.toSet());
        for (String projectKey : scored.stream().map(projectKeys::get).collect(Collectors.toCollection(java.util.TreeSet::new))) {
            items.putAll(workItems.all(actor, projectKey).stream()
                    .collect(Collectors.toMap(i -> i.key().toUpperCase(Locale.ROOT), Function.identity())));
        }
        return byItem.values().stream()
                .filter(list -> items.containsKey(list.getFirst().itemKey()))
                .map(list -> view(list.getFirst(), projectKeys.get(list.getFirst().projectId()),
                        items.get(list.getFirst().itemKey()), list.size()))
                .sorted(Comparator.comparing(ScorecardView::overall).reversed()
                        .thenComparing(ScorecardView::projectKey).thenComparing(ScorecardView::item))
                .toList();
    }

    private static ScorecardView view(Scorecard s, String projectKey, ItemView item, int scorings) {
        ScoreFields f = s.fields();
        return new ScorecardView(s.id(), projectKey, s.itemKey(), item.title(), item.type(), f.feasibility(),
                f.feasibilityRationale(), f.scalability(), f.scalabilityRationale(), f.maintainability(),
                f.maintainabilityRationale(), f.risk(), f.riskRationale(), overall(f), s.scorer(), s.scoredAt(), scorings);
    }
}
