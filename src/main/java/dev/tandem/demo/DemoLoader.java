package dev.tandem.demo;

import dev.tandem.demo.DemoPlan.Item;
import dev.tandem.demo.DemoPlan.Link;
import dev.tandem.demo.DemoProject.Member;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.identity.Skill;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.WorkItemManagement;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.ItemView;
import dev.tandem.sprint.SprintDraft;
import dev.tandem.sprint.SprintManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Writes the demo people and projects through the facades, exactly as a person using the API would. */
@Component
class DemoLoader {

    static final List<DemoProject> PROJECTS = List.of(PaymentSystem.project(), MobileWallet.project());
    private static final Set<ProjectRole> DOERS = Set.of(ProjectRole.ENGINEER, ProjectRole.ARCHITECT);

    private final IdentityManagement identity;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final SprintManagement sprints;
    private final PaymentSystemGovernance governance;
    private final DemoWiki wiki;
    private final DemoTimesheets timesheets;
    private final FinishedHistory history;
    private final Clock clock;

    DemoLoader(IdentityManagement identity, PortfolioManagement portfolio, WorkItemManagement workItems,
               SprintManagement sprints, PaymentSystemGovernance governance, DemoTimesheets timesheets,
               FinishedHistory history, DemoWiki wiki, Clock clock) {
        this.wiki = wiki;
        this.timesheets = timesheets;
        this.identity = identity;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.sprints = sprints;
        this.governance = governance;
        this.history = history;
        this.clock = clock;
    }

    /** What one load added. */
    record Loaded(int people, Map<String, Integer> itemsByProject, int dependencies, int comments) {
    }

    Loaded load(Actor admin) {
        Map<String, PersonSummary> people = new HashMap<>();
        int created = 0;
        for (PersonDraft draft : DemoPeople.all()) {
            // someone may have been added by hand before the demo was switched on; they simply join in
            PersonSummary person = identity.findByUsername(draft.username()).orElse(null);
            if (person == null) {
                person = identity.create(admin, draft);
                created++;
            }
            people.put(person.username(), person);
        }
        Map<String, Integer> items = new LinkedHashMap<>();
        int dependencies = 0;
        int comments = 0;
        LocalDate today = LocalDate.now(clock);
        items.putAll(history.load(admin, people, today));
        for (DemoProject project : PROJECTS) {
            WorkingDays days = new WorkingDays(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .minusWeeks(project.startWeeksAgo()));
            DemoPlan plan = DemoPlan.of(project.outline(), days.indexOf(today));
            checkTexts(project, plan);
            createProject(admin, project, days);
            Map<Item, String> keys = createItems(admin, project, plan, days, people);
            for (Link link : plan.links()) {
                workItems.addDependency(admin, keys.get(link.successor()), keys.get(link.predecessor()), link.type(),
                        link.lagDays());
            }
            for (Item item : plan.items()) {
                for (String body : byRef(project.comments(), item, List.of())) {
                    workItems.addComment(admin, keys.get(item), body);
                    comments++;
                }
            }
            items.put(project.key(), keys.size());
            planSprint(admin, project.key(), today);
            dependencies += plan.links().size();
            if (project.key().equals(PaymentSystemGovernance.PROJECT)) {
                governance.load(admin, people, days.date(0));
                wiki.load(people, workItems.all(admin, project.key()));
            }
            timesheets.load(admin, project, workItems.all(admin, project.key()), people, today);
        }
        return new Loaded(created, items, dependencies, comments);
    }

    /**
     * A running two-week sprint holding the work under way and the next stories, and the sprint after it planned,
     * so the backlog, board and burndown have something to show.
     */
    private void planSprint(Actor admin, String projectKey, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var current = sprints.plan(admin, projectKey, new SprintDraft("Sprint 1", "Keep the pilot date",
                monday, monday.plusDays(11)));
        List<ItemView> candidates = workItems.all(admin, projectKey).stream()
                .filter(i -> Set.of("story", "task", "bug").contains(i.type()))
                .filter(i -> i.statusCategory() != StatusCategory.DONE)
                .filter(i -> i.plannedStart() == null || !i.plannedStart().isAfter(monday.plusDays(11)))
                .limit(14).toList();
        for (ItemView item : candidates) {
            sprints.addItem(admin, projectKey, current.id(), item.key(), item.version());
        }
        sprints.start(admin, projectKey, current.id(), sprints.sprint(admin, projectKey, current.id()).version());
        sprints.plan(admin, projectKey, new SprintDraft("Sprint 2", null, monday.plusDays(14), monday.plusDays(25)));
    }

    private void createProject(Actor admin, DemoProject project, WorkingDays days) {
        portfolio.createProject(admin, project.key(), project.name(), project.description(), project.portfolio(),
                days.date(0));
        for (Member member : project.members()) {
            portfolio.addMember(admin, project.key(), member.username(), member.role());
        }
        // opening the project made the admin its PM; the demo's own PM takes that place
        portfolio.removeMember(admin, project.key(), admin.username());
    }

    private Map<Item, String> createItems(Actor admin, DemoProject project, DemoPlan plan, WorkingDays days,
                                          Map<String, PersonSummary> people) {
        Random random = new Random(project.seed());
        Map<Item, String> keys = new HashMap<>();
        for (Item item : plan.items()) {
            Estimate estimate = estimate(item, random);
            LocalDate due = item.dueWeek != null ? days.date(DemoPlan.fridayOf(item.dueWeek))
                    : item.isMilestone() || item.late ? days.date(item.finish) : null;
            var fields = new ItemFields(item.type, item.title, byRef(project.descriptions(), item, null),
                    item.stage.status, item.blocked ? Boolean.TRUE : null, byRef(project.blockedReasons(), item, null),
                    priority(item, random), assignee(item, project, people, random),
                    item.parent == null ? null : keys.get(item.parent), item.inheritedLabels(), estimate.storyPoints,
                    estimate.hours, estimate.optimistic, estimate.mostLikely, estimate.pessimistic,
                    days.date(item.start), days.date(item.finish), due, null);
            var created = workItems.create(admin, project.key(), fields);
            keys.put(item, created.key());
            if (created.actualStart() != null) {
                // the plan's own dates, not the day the demo was loaded
                LocalDate finish = created.actualFinish() == null ? null : days.date(item.finish);
                workItems.recordActuals(admin, created.key(), days.date(item.start), finish, created.version());
            }
        }
        return keys;
    }

    /** The texts are keyed by outline reference; a typo would silently drop one, so it fails the load instead. */
    private static void checkTexts(DemoProject project, DemoPlan plan) {
        project.descriptions().keySet().forEach(plan::item);
        project.comments().keySet().forEach(plan::item);
        for (String ref : project.blockedReasons().keySet()) {
            if (!plan.item(ref).blocked) {
                throw new IllegalStateException(project.key() + ": #" + ref + " has a blocked reason but is not blocked");
            }
        }
        for (Item item : plan.items()) {
            if (item.blocked && byRef(project.blockedReasons(), item, null) == null) {
                throw new IllegalStateException(project.key() + ": " + item + " is blocked but has no reason");
            }
        }
    }

    private static <T> T byRef(Map<String, T> texts, Item item, T otherwise) {
        return item.ref == null ? otherwise : texts.getOrDefault(item.ref, otherwise);
    }

    private record Estimate(BigDecimal storyPoints, BigDecimal hours, BigDecimal optimistic, BigDecimal mostLikely,
                            BigDecimal pessimistic) {
    }

    private static Estimate estimate(Item item, Random random) {
        return switch (item.type) {
            case "task" -> new Estimate(null, BigDecimal.valueOf(item.days * 6L + random.nextInt(5) - 2),
                    halves(Math.max(0.5, item.days * 0.7)), halves(item.days),
                    halves(item.days * 1.5 + 0.5 * random.nextInt(3)));
            case "story" -> item.isLeaf()
                    ? new Estimate(points(item.days), null, halves(Math.max(0.5, item.days * 0.7)), halves(item.days),
                    halves(item.days * 1.5 + 0.5 * random.nextInt(3)))
                    : new Estimate(points(item.leaves().stream().mapToInt(l -> l.days).sum()), null, null, null, null);
            case "bug" -> new Estimate(null, BigDecimal.valueOf(item.days * 4L + random.nextInt(3)), null,
                    halves(item.days), null);
            default -> new Estimate(null, null, null, null, null);
        };
    }

    /** Story points on the Fibonacci scale teams use, from the working days the story takes. */
    private static BigDecimal points(int days) {
        int[] scale = {1, 2, 3, 5, 8, 13, 21};
        int[] upToDays = {1, 2, 3, 5, 8, 12, Integer.MAX_VALUE};
        int i = 0;
        while (days > upToDays[i]) {
            i++;
        }
        return BigDecimal.valueOf(scale[i]);
    }

    private static BigDecimal halves(double days) {
        return BigDecimal.valueOf(Math.round(days * 2) / 2.0);
    }

    private static String priority(Item item, Random random) {
        if (item.priority != null) {
            return item.priority;
        }
        double r = random.nextDouble();
        return switch (item.type) {
            case "epic", "milestone" -> "high";
            case "feature", "bug" -> r < 0.5 ? "high" : "medium";
            default -> r < 0.15 ? "high" : r < 0.7 ? "medium" : r < 0.93 ? "low" : "lowest";
        };
    }

    /**
     * The named person, or one of the project's engineers and architects who are best at the item's skill
     * (within one level of the best), so the Java expert does not get every Java task.
     */
    private static String assignee(Item item, DemoProject project, Map<String, PersonSummary> people, Random random) {
        if (item.assignee != null || item.skill == null) {
            return item.assignee;
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Member member : project.members()) {
            if (DOERS.contains(member.role())) {
                people.get(member.username()).skills().stream()
                        .filter(s -> s.name().equals(item.skill)).mapToInt(Skill::level).findFirst()
                        .ifPresent(level -> levels.put(member.username(), level));
            }
        }
        int best = levels.values().stream().mapToInt(Integer::intValue).max()
                .orElseThrow(() -> new IllegalStateException(project.key() + ": nobody can do " + item
                        + ", which needs " + item.skill));
        List<String> candidates = new ArrayList<>();
        levels.forEach((username, level) -> {
            if (level >= best - 1) {
                candidates.add(username);
            }
        });
        return candidates.get(random.nextInt(candidates.size()));
    }
}
