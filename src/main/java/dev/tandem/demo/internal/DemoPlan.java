package dev.tandem.demo.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project's work items written as an indented outline, one item a line, two spaces a level:
 * <pre>
 * F Card authorisation API | fs:m-arch ~Java #gw-api
 *   S Authorise a card payment
 *     T Authorisation service with idempotency keys | 5d ~Java #gw-auth
 * </pre>
 * The letter is the type (Epic, Feature, Story, Task, Bug, Milestone). After the bar: {@code 5d} duration in working
 * days, {@code w3} earliest start week, {@code due:w12} due on that week's Friday, {@code #ref} a name for links,
 * {@code fs:ref}, {@code ss:ref+2}, {@code ff:ref-1} links to an earlier item with a lag, {@code par} not after the
 * previous sibling, {@code late} not finished although its finish date passed (and due then), {@code blocked}
 * stuck short of review, {@code ~Skill} assign by skill, {@code @user} assign to, {@code +label}, {@code !priority}.
 * <p>
 * Siblings run one after another (the later one linked finish-to-start to the earlier one) unless marked
 * {@code par}, given a week, or a bug or milestone. Every link runs from an earlier line to a later one, never
 * from an item's own ancestor, so the dependency graph is acyclic by construction.
 */
final class DemoPlan {

    /** The default workflow's statuses, in order. */
    enum Stage {
        BACKLOG("Backlog"), TO_DO("To do"), IN_PROGRESS("In progress"), IN_REVIEW("In review"), DONE("Done");

        final String status;

        Stage(String status) {
            this.status = status;
        }

        Stage atMost(Stage cap) {
            return compareTo(cap) <= 0 ? this : cap;
        }
    }

    /** {@code successor} follows {@code predecessor}; the lag is in working days. */
    record Link(Item predecessor, Item successor, String type, int lagDays) {
    }

    static final class Item {
        final int index;
        final String type;
        final String title;
        final Item parent;
        final List<Item> children = new ArrayList<>();
        final List<Link> predecessors = new ArrayList<>();
        final Set<String> labels = new LinkedHashSet<>();
        String ref;
        int days;
        Integer week;
        Integer dueWeek;
        boolean parallel;
        boolean late;
        boolean blocked;
        String skill;
        String assignee;
        String priority;
        int start;
        int finish;
        Stage stage;

        private Item(int index, String type, String title, Item parent) {
            this.index = index;
            this.type = type;
            this.title = title;
            this.parent = parent;
        }

        boolean isMilestone() {
            return type.equals("milestone");
        }

        boolean isBug() {
            return type.equals("bug");
        }

        boolean isLeaf() {
            return children.isEmpty() && !isMilestone();
        }

        /** Bugs and milestones are dated on their own; other siblings queue up behind each other. */
        boolean queues() {
            return !isBug() && !isMilestone();
        }

        boolean hasAncestor(Item other) {
            for (Item at = parent; at != null; at = at.parent) {
                if (at == other) {
                    return true;
                }
            }
            return false;
        }

        Set<String> inheritedLabels() {
            Set<String> all = parent == null ? new LinkedHashSet<>() : parent.inheritedLabels();
            all.addAll(labels);
            return all;
        }

        /** Leaves of this subtree in outline order, this item itself if it is a leaf. */
        List<Item> leaves() {
            List<Item> leaves = new ArrayList<>();
            if (isLeaf()) {
                leaves.add(this);
            }
            children.forEach(c -> leaves.addAll(c.leaves()));
            return leaves;
        }

        @Override
        public String toString() {
            return type + " '" + title + "'";
        }
    }

    private static final Map<Character, String> TYPES = Map.of('E', "epic", 'F', "feature", 'S', "story", 'T', "task",
            'B', "bug", 'M', "milestone");
    private static final Pattern LINK = Pattern.compile("(fs|ss|ff):([a-z0-9-]+)([+-]\\d+)?");
    private static final int SOON = 2 * WorkingDays.PER_WEEK;

    private final List<Item> items;
    private final List<Link> links;

    private DemoPlan(List<Item> items) {
        this.items = Collections.unmodifiableList(items);
        this.links = items.stream().flatMap(i -> i.predecessors.stream()).toList();
    }

    /** Reads the outline, dates every item and gives it the status a team would have reached by {@code today}. */
    static DemoPlan of(String outline, int today) {
        List<Item> items = parse(outline);
        List<Item> roots = items.stream().filter(i -> i.parent == null).toList();
        roots.forEach(r -> schedule(r, r.week == null ? 0 : r.week * WorkingDays.PER_WEEK));
        roots.forEach(r -> stage(r, today, Stage.DONE));
        return new DemoPlan(items);
    }

    List<Item> items() {
        return items;
    }

    List<Link> links() {
        return links;
    }

    Item item(String ref) {
        return items.stream().filter(i -> ref.equals(i.ref)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The plan names no item #" + ref));
    }

    static int fridayOf(int week) {
        return week * WorkingDays.PER_WEEK + WorkingDays.PER_WEEK - 1;
    }

    private static List<Item> parse(String outline) {
        List<Item> items = new ArrayList<>();
        List<Item> openAtDepth = new ArrayList<>();
        Map<String, Item> byRef = new HashMap<>();
        for (String line : outline.strip().lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            String body = line.stripLeading();
            int depth = (line.length() - body.length()) / 2;
            String type = TYPES.get(body.charAt(0));
            if (type == null || body.charAt(1) != ' ' || depth > openAtDepth.size()) {
                throw new IllegalArgumentException("Cannot read the plan line '" + line + "'");
            }
            String[] parts = body.substring(2).split("\\|", 2);
            Item parent = depth == 0 ? null : openAtDepth.get(depth - 1);
            Item item = new Item(items.size(), type, parts[0].strip(), parent);
            if (parts.length > 1) {
                for (String token : parts[1].strip().split("\\s+")) {
                    read(item, token, byRef);
                }
            }
            if (parent != null) {
                parent.children.add(item);
            }
            openAtDepth.subList(depth, openAtDepth.size()).clear();
            openAtDepth.add(item);
            items.add(item);
        }
        return items;
    }

    private static void read(Item item, String token, Map<String, Item> byRef) {
        Matcher link = LINK.matcher(token);
        if (link.matches()) {
            Item predecessor = byRef.get(link.group(2));
            if (predecessor == null || item.hasAncestor(predecessor)) {
                throw new IllegalArgumentException(item + " links to #" + link.group(2)
                        + ", which must be an earlier item outside its own ancestors");
            }
            int lag = link.group(3) == null ? 0 : Integer.parseInt(link.group(3));
            item.predecessors.add(new Link(predecessor, item, link.group(1).toUpperCase(), lag));
        } else if (token.matches("\\d+d")) {
            item.days = Integer.parseInt(token.substring(0, token.length() - 1));
        } else if (token.matches("w\\d+")) {
            item.week = Integer.parseInt(token.substring(1));
        } else if (token.matches("due:w\\d+")) {
            item.dueWeek = Integer.parseInt(token.substring(5));
        } else if (token.startsWith("#")) {
            item.ref = token.substring(1);
            if (byRef.putIfAbsent(item.ref, item) != null) {
                throw new IllegalArgumentException("The plan names #" + item.ref + " twice");
            }
        } else if (token.equals("par")) {
            item.parallel = true;
        } else if (token.equals("late")) {
            item.late = true;
        } else if (token.equals("blocked")) {
            item.blocked = true;
        } else if (token.startsWith("~")) {
            item.skill = token.substring(1);
        } else if (token.startsWith("@")) {
            item.assignee = token.substring(1);
        } else if (token.startsWith("+")) {
            item.labels.add(token.substring(1));
        } else if (token.startsWith("!")) {
            item.priority = token.substring(1);
        } else {
            throw new IllegalArgumentException("Cannot read '" + token + "' of " + item);
        }
    }

    /** A forward pass in outline order: every predecessor is dated before its successors are. */
    private static void schedule(Item item, int earliest) {
        int start = earliest;
        for (Link link : item.predecessors) {
            start = Math.max(start, earliestStart(link));
        }
        if (item.isMilestone()) {
            item.start = item.finish = start;
            return;
        }
        if (item.isLeaf()) {
            if (item.days < 1) {
                throw new IllegalArgumentException(item + " needs a duration such as 3d");
            }
            item.start = start;
            item.finish = start + item.days - 1;
            return;
        }
        Item previous = null;
        for (Item child : item.children) {
            boolean follows = previous != null && child.queues() && !child.parallel && child.week == null;
            int childEarliest = child.week != null ? child.week * WorkingDays.PER_WEEK : start;
            if (follows) {
                Item last = lastWorkLeaf(previous);
                childEarliest = last.finish + 1;
                Item first = child.leaves().stream().filter(l -> !l.isBug()).findFirst().orElseThrow();
                first.predecessors.addFirst(new Link(last, first, "FS", 0));
            }
            schedule(child, childEarliest);
            if (child.queues()) {
                previous = child;
            }
        }
        item.start = item.children.stream().mapToInt(c -> c.start).min().orElseThrow();
        item.finish = item.children.stream().mapToInt(c -> c.finish).max().orElseThrow();
    }

    private static int earliestStart(Link link) {
        Item before = link.predecessor();
        Item after = link.successor();
        int length = after.isLeaf() ? after.days : 1;
        return switch (link.type()) {
            // a milestone marks the end of its predecessor's last day rather than the next morning
            case "FS" -> before.finish + (after.isMilestone() ? 0 : 1) + link.lagDays();
            case "SS" -> before.start + link.lagDays();
            case "FF" -> before.finish + link.lagDays() - (length - 1);
            default -> throw new IllegalStateException(link.type());
        };
    }

    private static Item lastWorkLeaf(Item item) {
        Item last = null;
        for (Item leaf : item.leaves()) {
            if (!leaf.isBug() && (last == null || leaf.finish >= last.finish)) {
                last = leaf;
            }
        }
        return last;
    }

    /**
     * Dates decide a status — finished in the past, under way today, soon or later — but never ahead of what the
     * predecessors allow: nothing starts before its finish-to-start predecessor is done.
     */
    private static void stage(Item item, int today, Stage inherited) {
        Stage cap = inherited;
        for (Link link : item.predecessors) {
            cap = cap.atMost(allowedAfter(link));
        }
        if (!item.children.isEmpty()) {
            for (Item child : item.children) {
                stage(child, today, cap);
            }
            item.stage = rollUp(item.children);
            return;
        }
        if (item.late || item.blocked) {
            cap = cap.atMost(Stage.IN_PROGRESS);
        }
        Stage byDate;
        if (item.finish < today) {
            byDate = Stage.DONE;
        } else if (item.start <= today && !item.isMilestone()) {
            byDate = item.finish == today ? Stage.IN_REVIEW : Stage.IN_PROGRESS;
        } else {
            // milestones are commitments, never a someday backlog entry
            byDate = item.start <= today + SOON || item.isMilestone() ? Stage.TO_DO : Stage.BACKLOG;
        }
        item.stage = byDate.atMost(cap);
    }

    private static Stage allowedAfter(Link link) {
        Stage before = link.predecessor().stage;
        return switch (link.type()) {
            case "FS" -> before == Stage.DONE ? Stage.DONE : Stage.TO_DO;
            case "SS" -> before.compareTo(Stage.IN_PROGRESS) >= 0 ? Stage.DONE : Stage.TO_DO;
            case "FF" -> before == Stage.DONE ? Stage.DONE : Stage.IN_REVIEW;
            default -> throw new IllegalStateException(link.type());
        };
    }

    private static Stage rollUp(List<Item> children) {
        if (children.stream().allMatch(c -> c.stage == Stage.DONE)) {
            return Stage.DONE;
        }
        if (children.stream().anyMatch(c -> c.stage.compareTo(Stage.IN_PROGRESS) >= 0)) {
            return Stage.IN_PROGRESS;
        }
        return children.stream().allMatch(c -> c.stage == Stage.BACKLOG) ? Stage.BACKLOG : Stage.TO_DO;
    }
}
