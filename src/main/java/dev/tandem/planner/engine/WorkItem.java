package dev.tandem.planner.engine;

import java.util.Map;

/**
 * An item to assign: its dates are given (working days {@code start} to {@code start + duration - 1}, e.g. from the
 * leveled schedule), it takes {@code hoursPerDay} of its assignee on each.
 *
 * @param skills        the skills it needs, each at least at the level given (1–5)
 * @param epic          the epic it belongs to, or null; items of one epic preferably go to one person
 * @param component     its component, or null; likewise
 * @param pinnedPerson  the id of the person it must go to, or null: a hard constraint
 * @param currentPerson the id of its assignee today, or null: keeping it saves a hand-off
 */
public record WorkItem(String id, Map<String, Integer> skills, int start, int duration, int hoursPerDay, String epic,
        String component, String pinnedPerson, String currentPerson) {

    public WorkItem {
        skills = Map.copyOf(skills);
        if (start < 0 || duration < 0 || hoursPerDay < 0) {
            throw new IllegalArgumentException("start, duration and hours must not be negative: " + id);
        }
        if (skills.values().stream().anyMatch(level -> level < 1 || level > 5)) {
            throw new IllegalArgumentException("skill levels go from 1 to 5: " + id);
        }
    }

    public static WorkItem of(String id, Map<String, Integer> skills, int start, int duration, int hoursPerDay) {
        return new WorkItem(id, skills, start, duration, hoursPerDay, null, null, null, null);
    }

    public WorkItem inEpic(String newEpic) {
        return new WorkItem(id, skills, start, duration, hoursPerDay, newEpic, component, pinnedPerson, currentPerson);
    }

    public WorkItem pinnedTo(String person) {
        return new WorkItem(id, skills, start, duration, hoursPerDay, epic, component, person, currentPerson);
    }

    public WorkItem assignedTo(String person) {
        return new WorkItem(id, skills, start, duration, hoursPerDay, epic, component, pinnedPerson, person);
    }

    boolean qualifies(Person person) {
        return skills.entrySet().stream().allMatch(need -> person.level(need.getKey()) >= need.getValue());
    }
}
