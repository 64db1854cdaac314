package dev.tandem.bench.planner;

import dev.tandem.planner.engine.Assigner;
import dev.tandem.planner.engine.AssignmentResult;
import dev.tandem.planner.engine.ItemLink;
import dev.tandem.planner.engine.Person;
import dev.tandem.planner.engine.Proposal;
import dev.tandem.planner.engine.WorkItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The assignment engine at scale: 2,000 items, 100 people, 20 skills over 120 working days (seed 1), built around a
 * hidden assignment that fits so the instance is known to be feasible: people with 3–6 skills at levels 1–5, 8 hours a
 * day, 3 % of their days on leave and a quarter of the rest half-booked by other projects; items of 1–5 days at 2–8
 * hours a day needing one or two of their hidden assignee's skills at or below that person's level, in 200 epics and
 * 20 components, 1,500 dependencies, 5 % pinned. Each budget is one solve; the benchmark then checks every hard
 * constraint itself (skills, capacity per person per day with leave and other projects' hours, pins).
 *
 * <p>Run with {@code ./tandem bench planner} (after the PSPLIB sets) or directly; arguments: budgets in seconds
 * (default 2 5 10).
 */
public final class AssignmentBenchmark {

    private static final int ITEMS = 2_000;
    private static final int PEOPLE = 100;
    private static final int SKILLS = 20;
    private static final int DAYS = 120;

    record Instance(List<WorkItem> items, List<Person> people, List<ItemLink> links) {
    }

    public static void main(String[] args) {
        List<Integer> budgets = new ArrayList<>();
        for (String arg : args) {
            budgets.add(Integer.parseInt(arg));
        }
        if (budgets.isEmpty()) {
            budgets = List.of(2, 5, 10);
        }
        Instance instance = generate(new Random(1));
        Assigner assigner = new Assigner();
        assigner.assign(instance.items().subList(0, 200), instance.people(), List.of(), Duration.ofSeconds(2), 1, 0);
        System.out.printf(Locale.ROOT, "| budget (s) | wall time (s) | hard constraints hold | hours over capacity"
                + " | items off skill | pins broken | soft penalty |%n|---:|---:|---|---:|---:|---:|---:|%n");
        for (int budget : budgets) {
            long began = System.nanoTime();
            AssignmentResult result = assigner.assign(instance.items(), instance.people(), instance.links(),
                    Duration.ofSeconds(budget), 0, 0);
            double seconds = (System.nanoTime() - began) / 1e9;
            int[] broken = check(instance, result);
            System.out.printf(Locale.ROOT, "| %d | %.2f | %s | %d | %d | %d | %d |%n", budget, seconds,
                    result.feasible() && broken[0] + broken[1] + broken[2] == 0 ? "yes" : "no", broken[0], broken[1],
                    broken[2], result.softPenalty());
        }
    }

    /** Hours over capacity, items given to someone without their skills, pins not kept: counted from scratch. */
    private static int[] check(Instance instance, AssignmentResult result) {
        Map<String, Person> people = new HashMap<>();
        instance.people().forEach(p -> people.put(p.id(), p));
        Map<String, int[]> load = new HashMap<>();
        int offSkill = 0;
        int pinsBroken = 0;
        for (int i = 0; i < instance.items().size(); i++) {
            WorkItem item = instance.items().get(i);
            Proposal proposal = result.proposals().get(i);
            Person person = people.get(proposal.person());
            if (item.skills().entrySet().stream().anyMatch(need -> person.level(need.getKey()) < need.getValue())) {
                offSkill++;
            }
            if (item.pinnedPerson() != null && !item.pinnedPerson().equals(person.id())) {
                pinsBroken++;
            }
            int[] days = load.computeIfAbsent(person.id(), id -> new int[DAYS]);
            for (int day = item.start(); day < item.start() + item.duration(); day++) {
                days[day] += item.hoursPerDay();
            }
        }
        int over = 0;
        for (Map.Entry<String, int[]> entry : load.entrySet()) {
            Person person = people.get(entry.getKey());
            for (int day = 0; day < DAYS; day++) {
                over += Math.max(0, entry.getValue()[day] + person.bookedOn(day) - person.capacityOn(day));
            }
        }
        return new int[] {over, offSkill, pinsBroken};
    }

    static Instance generate(Random random) {
        List<Person> people = new ArrayList<>();
        int[][] free = new int[PEOPLE][DAYS];
        for (int p = 0; p < PEOPLE; p++) {
            Map<String, Integer> skills = new LinkedHashMap<>();
            int count = 3 + random.nextInt(4);
            while (skills.size() < count) {
                skills.put("skill" + random.nextInt(SKILLS), 1 + random.nextInt(5));
            }
            List<Integer> leave = new ArrayList<>();
            int[] booked = new int[DAYS];
            for (int day = 0; day < DAYS; day++) {
                if (random.nextInt(100) < 3) {
                    leave.add(day);
                } else if (random.nextInt(4) == 0) {
                    booked[day] = 4;
                }
                free[p][day] = leave.contains(day) ? 0 : 8 - booked[day];
            }
            people.add(Person.of("p" + p, "Person " + p, skills, 8)
                    .onLeave(leave.stream().mapToInt(Integer::intValue).toArray()).booked(booked));
        }
        List<WorkItem> items = new ArrayList<>();
        while (items.size() < ITEMS) {
            int p = random.nextInt(PEOPLE);
            int duration = 1 + random.nextInt(5);
            int hours = 2 + random.nextInt(7);
            int start = random.nextInt(DAYS - duration);
            boolean fits = true;
            for (int day = start; day < start + duration; day++) {
                fits &= free[p][day] >= hours;
            }
            if (!fits) {
                continue;
            }
            for (int day = start; day < start + duration; day++) {
                free[p][day] -= hours;
            }
            Person person = people.get(p);
            List<String> held = new ArrayList<>(person.skills().keySet());
            Map<String, Integer> needs = new HashMap<>();
            int count = 1 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
                String skill = held.get(random.nextInt(held.size()));
                needs.put(skill, 1 + random.nextInt(person.level(skill)));
            }
            int index = items.size();
            WorkItem item = new WorkItem("I" + index, needs, start, duration, hours, "E" + random.nextInt(200),
                    "C" + random.nextInt(20), random.nextInt(100) < 5 ? person.id() : null, null);
            items.add(item);
        }
        List<ItemLink> links = new ArrayList<>();
        for (int k = 0; k < 1_500; k++) {
            int a = random.nextInt(ITEMS);
            int b = random.nextInt(ITEMS);
            if (a != b) {
                links.add(new ItemLink(Math.min(a, b), Math.max(a, b)));
            }
        }
        return new Instance(items, people, links);
    }
}
