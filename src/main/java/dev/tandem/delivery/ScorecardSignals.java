package dev.tandem.delivery;

import dev.tandem.register.MeasuredSignals;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemDevelopment;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the scorecards' {@link MeasuredSignals}: for a scored feature and its children, the pull requests merged,
 * the builds run (and failed), and whether a change of theirs reached production.
 */
@Component
@Transactional(readOnly = true)
class ScorecardSignals implements MeasuredSignals {

    private final WorkItemManagement workItems;
    private final DevEvents devEvents;
    private final ItemDevelopment development;
    private final PortfolioManagement portfolio;

    ScorecardSignals(WorkItemManagement workItems, DevEvents devEvents, ItemDevelopment development,
                     PortfolioManagement portfolio) {
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.devEvents = devEvents;
        this.development = development;
    }

    @Override
    public Map<String, Signals> signalsOf(Actor reader, String projectKey, Collection<String> itemKeys) {
        Map<String, String> marks = development.marksOf(reader, projectKey);
        if (marks.isEmpty() || itemKeys.isEmpty()) {
            return Map.of();
        }
        long projectId = portfolio.access(reader, projectKey, Permission.VIEW_PROJECT).id();
        List<ItemView> items = workItems.all(reader, projectKey);
        List<DevEvent> events = devEvents.withKeys(projectId, List.of(DevEvent.Kind.PULL_REQUEST, DevEvent.Kind.PIPELINE));
        Map<String, Signals> signals = new HashMap<>();
        for (String key : itemKeys) {
            Set<String> family = new HashSet<>(Set.of(key));
            items.stream().filter(i -> key.equals(i.parent())).forEach(i -> family.add(i.key()));
            int merged = 0;
            int builds = 0;
            int failed = 0;
            for (DevEvent e : events) {
                if (family.stream().noneMatch(k -> DevelopmentOfItems.names(e, k))) {
                    continue;
                }
                if (e.kind() == DevEvent.Kind.PULL_REQUEST && "MERGED".equals(e.state())) {
                    merged++;
                } else if (e.kind() == DevEvent.Kind.PIPELINE) {
                    builds++;
                    failed += List.of("FAILURE", "FAILED", "ERROR").contains(e.state()) ? 1 : 0;
                }
            }
            boolean production = family.stream().anyMatch(k -> "deployed".equals(marks.get(k)));
            if (merged + builds > 0 || production) {
                signals.put(key, new Signals(merged, builds, failed, production));
            }
        }
        return signals;
    }
}
