package dev.tandem.demo.internal;

import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo organisation's past: three finished projects whose items were planned, worked on, blocked, reopened,
 * re-estimated and finished (some late) in completed two-week sprints, so the delay-risk model, effort suggestions
 * and learned durations have real history to learn from. The rules are in docs/contexts/delayrisk.md.
 * <p>
 * History happened in the past, and the facades date every change now; so the past is written straight into the work
 * item tables, in batches (a few thousand rows in well under a second), exactly as the item history records it.
 */
@Component
class FinishedHistory {

    static final List<Past> PROJECTS = List.of(
            new Past("CORE", "Core banking connector", 48, 11),
            new Past("ONB", "Merchant onboarding portal", 40, 12),
            new Past("RPT", "Regulatory reporting", 32, 13));
    static final int ITEMS_PER_PROJECT = 200;
    static final int SPRINTS = 12;
    private static final List<String> DOERS = List.of("wangfang", "tbecker", "chenjie", "pnair", "liuyang", "enovak",
            "liwei");
    private static final List<String> LABELS = List.of("backend", "frontend", "payments", "infra", "qa");
    private static final int[] POINTS = {1, 2, 3, 5, 8, 13};
    private static final int[] DAYS = {1, 2, 3, 4, 6, 8};

    /** A finished project: it started {@code startWeeksAgo} weeks before this week and ran twelve sprints. */
    record Past(String key, String name, int startWeeksAgo, long seed) {
    }

    private final PortfolioManagement portfolio;
    private final JdbcTemplate jdbc;

    FinishedHistory(PortfolioManagement portfolio, JdbcTemplate jdbc) {
        this.portfolio = portfolio;
        this.jdbc = jdbc;
    }

    /** Writes every finished project; answers how many items each got. */
    Map<String, Integer> load(Actor admin, Map<String, PersonSummary> people, LocalDate today) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Past past : PROJECTS) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(past.startWeeksAgo());
            portfolio.createProject(admin, past.key(), past.name(), "Finished: " + past.name() + ".", "Payments", monday);
            portfolio.addMember(admin, past.key(), "zhangmin", ProjectRole.PM);
            portfolio.addMember(admin, past.key(), "dokafor", ProjectRole.EM);
            for (String doer : DOERS) {
                portfolio.addMember(admin, past.key(), doer, ProjectRole.ENGINEER);
            }
            portfolio.removeMember(admin, past.key(), admin.username());
            counts.put(past.key(), write(past, monday, people));
        }
        return counts;
    }

    private record Item(int number, String type, String title, String assignee, int points, double hours,
                        LocalDate plannedStart, LocalDate plannedFinish, LocalDate actualStart, LocalDate actualFinish,
                        Instant createdAt, Integer parent, String label, int sprint, List<Object[]> changes) {
    }

    private int write(Past past, LocalDate monday, Map<String, PersonSummary> people) {
        long projectId = jdbc.queryForObject("select id from project where project_key = ?", Long.class, past.key());
        Map<String, Long> status = new HashMap<>();
        jdbc.query("select id, name from workflow_status where project_id = ?",
                rs -> { status.put(rs.getString("name"), rs.getLong("id")); }, projectId);
        Random random = new Random(past.seed());
        WorkingDays days = new WorkingDays(monday);
        List<Item> items = new ArrayList<>();
        Map<String, Integer> load = new HashMap<>();
        for (int n = 1; n <= ITEMS_PER_PROJECT; n++) {
            int sprint = (n - 1) * SPRINTS / ITEMS_PER_PROJECT;
            boolean milestone = n % 50 == 0;
            String type = milestone ? "milestone" : pick(random, 0.55, "story", 0.80, "task", "bug");
            int size = milestone ? 0 : random.nextInt(POINTS.length - (type.equals("bug") ? 3 : 0));
            String assignee = milestone ? null : weighted(random);
            int startIndex = sprint * 10 + random.nextInt(milestone ? 1 : 6) + (milestone ? 9 : 0);
            int planned = milestone ? 0 : DAYS[size] - 1;
            LocalDate plannedStart = days.date(startIndex);
            LocalDate plannedFinish = days.date(startIndex + planned);
            // what makes work late here: blocked spells, reopenings, re-estimates, a crowded assignee, a late start
            int lateStart = random.nextDouble() < 0.2 ? 1 + random.nextInt(3) : 0;
            int blocked = !milestone && random.nextDouble() < 0.25 ? 1 + random.nextInt(6) : 0;
            boolean reopened = !milestone && random.nextDouble() < 0.1;
            boolean reestimated = !milestone && random.nextDouble() < 0.2;
            int crowd = assignee == null ? 0 : load.merge(assignee + "@" + sprint, 1, Integer::sum);
            int extra = blocked + (reestimated ? 2 : 0) + (crowd > 5 ? 2 : 0) + lateStart
                    + ("pnair".equals(assignee) ? 1 : 0) + random.nextInt(5) - 3;
            LocalDate actualStart = days.date(startIndex + lateStart);
            int actualDays = Math.max(0, planned + extra - lateStart);
            LocalDate firstDone = days.date(startIndex + lateStart + actualDays);
            LocalDate actualFinish = reopened ? days.date(startIndex + lateStart + actualDays + 2) : firstDone;
            Instant created = plannedStart.minusDays(7).atTime(10, 0).toInstant(ZoneOffset.UTC);
            String label = LABELS.get(random.nextInt(LABELS.size()));
            int points = milestone ? 0 : POINTS[size];
            double hours = milestone ? 0 : points * 6 + random.nextInt(5) - 2;
            Integer parent = "bug".equals(type) && n > 10 && random.nextBoolean() ? n - 1 - random.nextInt(8) : null;
            if (parent != null && !"story".equals(items.get(parent - 1).type())) {
                parent = null;
            }
            List<Object[]> changes = new ArrayList<>();
            String title = title(type, n, label);
            changes.add(change(created, "item", null, "type=" + type + "\ntitle=" + title + "\nstatus=Backlog"
                    + (assignee == null ? "" : "\nassignee=" + assignee) + "\nplannedStart=" + plannedStart
                    + "\nplannedFinish=" + plannedFinish));
            if (!milestone) {
                Instant started = at(actualStart, 9);
                changes.add(change(started, "status", "Backlog", "In progress"));
                if (reestimated) {
                    changes.add(change(started.plusSeconds(3600), "storyPoints", Integer.toString(Math.max(1, points / 2)),
                            Integer.toString(points)));
                }
                if (blocked > 0) {
                    Instant from = started.plusSeconds(7200);
                    changes.add(change(from, "blocked", "false", "true"));
                    changes.add(change(from.plusSeconds(blocked * 86_400L), "blocked", "true", "false"));
                }
                changes.add(change(at(firstDone, 17), "status", "In progress", "Done"));
                if (reopened) {
                    changes.add(change(at(firstDone, 17).plusSeconds(18 * 3600), "status", "Done", "In progress"));
                    changes.add(change(at(actualFinish, 17), "status", "In progress", "Done"));
                }
            } else {
                changes.add(change(at(actualFinish, 17), "status", "Backlog", "Done"));
            }
            items.add(new Item(n, type, title, assignee, points, hours, plannedStart, plannedFinish,
                    milestone ? actualFinish : actualStart, actualFinish, created, parent, label, sprint, changes));
        }
        insert(past, projectId, status.get("Done"), items, people);
        return items.size();
    }

    private void insert(Past past, long projectId, long done, List<Item> items, Map<String, PersonSummary> people) {
        long reporter = people.get("zhangmin").id();
        jdbc.batchUpdate("insert into work_item (project_id, item_number, item_key, item_rank, type, title, status_id, "
                + "priority, assignee_id, reporter_id, story_points, estimate_hours, planned_start, planned_finish, "
                + "due_date, actual_start, actual_finish, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, 'MEDIUM', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items.stream().map(i -> new Object[] {
                projectId, i.number(), past.key() + "-" + i.number(), String.format("%08d", i.number()),
                i.type().toUpperCase(), i.title(), done, i.assignee() == null ? null : people.get(i.assignee()).id(),
                reporter, i.points() == 0 ? null : i.points(), i.hours() == 0 ? null : i.hours(),
                Date.valueOf(i.plannedStart()), Date.valueOf(i.plannedFinish()),
                "milestone".equals(i.type()) ? Date.valueOf(i.plannedFinish()) : null, Date.valueOf(i.actualStart()),
                Date.valueOf(i.actualFinish()), Timestamp.from(i.createdAt()), Timestamp.from(at(i.actualFinish(), 17))})
                .toList());
        jdbc.update("insert into project_counter (project_id, kind, last_number) values (?, 'item', ?)", projectId,
                items.size());
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.query("select id, item_number from work_item where project_id = ?",
                rs -> { ids.put(rs.getInt("item_number"), rs.getLong("id")); }, projectId);
        jdbc.batchUpdate("update work_item set parent_id = ? where id = ?", items.stream()
                .filter(i -> i.parent() != null).map(i -> new Object[] {ids.get(i.parent()), ids.get(i.number())}).toList());
        jdbc.batchUpdate("insert into work_item_label (work_item_id, label) values (?, ?)", items.stream()
                .filter(i -> !"milestone".equals(i.type())).map(i -> new Object[] {ids.get(i.number()), i.label()}).toList());
        List<Object[]> changes = new ArrayList<>();
        for (Item i : items) {
            for (Object[] c : i.changes()) {
                changes.add(new Object[] {projectId, ids.get(i.number()), past.key() + "-" + i.number(), "zhangmin",
                        c[0], c[1], c[2], c[3]});
            }
        }
        jdbc.batchUpdate("insert into work_item_change (project_id, work_item_id, item_key, actor, changed_at, field, "
                + "old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?)", changes);
        writeSprints(past, projectId, items, ids);
    }

    /** Twelve completed two-week sprints, each closing the items planned into it. */
    private void writeSprints(Past past, long projectId, List<Item> items, Map<Integer, Long> ids) {
        LocalDate first = items.getFirst().plannedStart().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int s = 0; s < SPRINTS; s++) {
            int sprint = s;
            List<Item> in = items.stream().filter(i -> i.sprint() == sprint && !"milestone".equals(i.type())).toList();
            int points = in.stream().mapToInt(Item::points).sum();
            LocalDate start = first.plusWeeks(2L * s);
            Instant completed = at(start.plusDays(11), 18);
            jdbc.update("insert into sprint (project_id, name, goal, start_date, end_date, sprint_state, committed_points, "
                    + "completed_points, started_at, completed_at, created_at) values (?, ?, null, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?)",
                    projectId, "Sprint " + (s + 1), Date.valueOf(start), Date.valueOf(start.plusDays(11)), points, points,
                    Timestamp.from(at(start, 9)), Timestamp.from(completed), Timestamp.from(at(start.minusDays(3), 9)));
            long sprintId = jdbc.queryForObject("select id from sprint where project_id = ? and name = ?", Long.class,
                    projectId, "Sprint " + (s + 1));
            jdbc.batchUpdate("insert into sprint_item (sprint_id, work_item_id, added_at, outcome, closed_points, closed_hours) "
                    + "values (?, ?, ?, 'DONE', ?, ?)", in.stream().map(i -> new Object[] {sprintId, ids.get(i.number()),
                    Timestamp.from(at(start.minusDays(1), 9)), i.points(), i.hours()}).toList());
        }
    }

    private static String title(String type, int n, String label) {
        return switch (type) {
            case "milestone" -> "Release " + (n / 50);
            case "bug" -> "Fix " + label + " defect #" + n;
            case "task" -> "Set up " + label + " work package " + n;
            default -> "As a merchant I get " + label + " capability " + n;
        };
    }

    /** Tom Becker and Wang Fang are asked for most, which crowds their sprints. */
    private static String weighted(Random random) {
        double r = random.nextDouble();
        return r < 0.25 ? "tbecker" : r < 0.45 ? "wangfang" : DOERS.get(random.nextInt(DOERS.size()));
    }

    private static String pick(Random random, double p1, String a, double p2, String b, String c) {
        double r = random.nextDouble();
        return r < p1 ? a : r < p2 ? b : c;
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private static Object[] change(Instant at, String field, String oldValue, String newValue) {
        return new Object[] {Timestamp.from(at), field, oldValue, newValue};
    }
}
