package dev.tandem.delivery.internal;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemDevelopment;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.delivery.DeliveryManagement;

/**
 * Answers work items' {@link ItemDevelopment}: what names an item, and the environments its changes reached. A change
 * (a merged pull request or a commit on the default branch naming the item) reached an environment when a successful
 * deployment of its repository there finished at or after it landed, or when the deployment names the item itself.
 */
@Component
@Transactional(readOnly = true)
class DevelopmentOfItems implements ItemDevelopment {

    private static final int MAX_SHOWN = 20;

    private final DevEvents devEvents;
    private final WorkItemManagement workItems;
    private final PortfolioManagement portfolio;

    DevelopmentOfItems(DevEvents devEvents, WorkItemManagement workItems, PortfolioManagement portfolio) {
        this.devEvents = devEvents;
        this.workItems = workItems;
        this.portfolio = portfolio;
    }

    @Override
    public Development developmentOf(Actor reader, String itemKey) {
        ItemView item = workItems.get(reader, itemKey);
        ProjectRef project = portfolio.access(reader, item.projectKey(), Permission.VIEW_PROJECT);
        List<DevEvent> naming = devEvents.naming(project.id(), item.key()).stream().filter(e -> names(e, item.key()))
                .sorted(DeliveryManagement.newestFirst()).toList();
        if (naming.isEmpty()) {
            return new Development(List.of(), List.of(), List.of(), List.of());
        }
        Map<String, Instant> landed = landings(naming);
        Map<String, DevEvent> reached = new LinkedHashMap<>();
        for (DevEvent d : devEvents.findByProjectIdAndKind(project.id(), DevEvent.Kind.DEPLOYMENT).stream()
                .filter(d -> "SUCCESS".equals(d.state())).sorted(Comparator.comparing(DevelopmentOfItems::at)).toList()) {
            Instant since = landed.get(d.repository());
            if (names(d, item.key()) || since != null && !at(d).isBefore(since)) {
                reached.putIfAbsent(d.repository() + "\n" + d.environment(), d);
            }
        }
        return new Development(
                links(naming, DevEvent.Kind.BRANCH, e -> e.externalId()),
                links(naming, DevEvent.Kind.PULL_REQUEST, e -> "#" + e.externalId() + " " + nullToEmpty(e.title())),
                links(naming, DevEvent.Kind.PIPELINE, e -> e.title() == null ? "#" + e.externalId() : e.title()),
                reached.values().stream().sorted(Comparator.comparing(DevelopmentOfItems::at).reversed())
                        .map(d -> new Link(d.environment() + (d.releaseName() == null ? "" : " · " + d.releaseName()),
                                d.production() ? "production" : "deployed", d.url(), d.repository(), at(d)))
                        .toList());
    }

    @Override
    public Map<String, String> marksOf(Actor reader, String projectKey) {
        ProjectRef project = portfolio.access(reader, projectKey, Permission.VIEW_PROJECT);
        List<DevEvent> production = devEvents.findByProjectIdAndKind(project.id(), DevEvent.Kind.DEPLOYMENT).stream()
                .filter(d -> d.production() && "SUCCESS".equals(d.state())).toList();
        Map<String, Instant> lastProduction = new HashMap<>();
        for (DevEvent d : production) {
            lastProduction.merge(d.repository(), at(d), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<String, Integer> rank = new HashMap<>();
        for (DevEvent e : devEvents.withKeys(project.id(), List.of(DevEvent.Kind.PULL_REQUEST, DevEvent.Kind.COMMIT,
                DevEvent.Kind.DEPLOYMENT))) {
            int level = switch (e.kind()) {
                case DEPLOYMENT -> e.production() && "SUCCESS".equals(e.state()) ? 3 : 0;
                case PULL_REQUEST -> {
                    if (!"MERGED".equals(e.state())) {
                        yield "CLOSED".equals(e.state()) ? 0 : 1;
                    }
                    Instant deployed = lastProduction.get(e.repository());
                    yield deployed != null && !deployed.isBefore(landedAt(e)) ? 3 : 2;
                }
                case COMMIT -> {
                    Instant deployed = lastProduction.get(e.repository());
                    yield "ON_DEFAULT".equals(e.state()) && deployed != null && !deployed.isBefore(e.occurredAt()) ? 3 : 0;
                }
                default -> 0;
            };
            for (String key : e.itemKeys().split(" ")) {
                rank.merge(key, level, Math::max);
            }
        }
        Map<String, String> marks = new HashMap<>();
        rank.forEach((key, level) -> {
            if (level > 0) {
                marks.put(key, level == 3 ? "deployed" : level == 2 ? "pr-merged" : "pr-open");
            }
        });
        return marks;
    }

    /** When the item's changes first landed, per repository. */
    private static Map<String, Instant> landings(List<DevEvent> naming) {
        Map<String, Instant> landed = new HashMap<>();
        for (DevEvent e : naming) {
            boolean change = e.kind() == DevEvent.Kind.PULL_REQUEST && "MERGED".equals(e.state())
                    || e.kind() == DevEvent.Kind.COMMIT && "ON_DEFAULT".equals(e.state());
            if (change) {
                landed.merge(e.repository(), landedAt(e), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return landed;
    }

    private static List<Link> links(List<DevEvent> events, DevEvent.Kind kind,
                                    java.util.function.Function<DevEvent, String> title) {
        return events.stream().filter(e -> e.kind() == kind).limit(MAX_SHOWN)
                .map(e -> new Link(title.apply(e).strip(), e.state().toLowerCase(Locale.ROOT), e.url(), e.repository(),
                        at(e))).toList();
    }

    static boolean names(DevEvent e, String key) {
        return Arrays.asList(e.itemKeys().split(" ")).contains(key);
    }

    private static Instant landedAt(DevEvent e) {
        return e.finishedAt() != null ? e.finishedAt() : e.occurredAt();
    }

    private static Instant at(DevEvent e) {
        return e.finishedAt() != null ? e.finishedAt() : e.occurredAt();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
