package dev.tandem.planner.engine;

import java.util.Map;

/**
 * Someone who can take items: skill levels (1–5 by skill name), hours a day, and hours a day already taken (leave as
 * capacity 0, other projects' work as booked hours).
 *
 * @param capacity      hours a day
 * @param capacityByDay hours on working day d (0 on leave); from the end of the array on it is {@code capacity}
 * @param bookedByDay   hours on working day d already taken by other projects
 */
public record Person(String id, String name, Map<String, Integer> skills, int capacity, int[] capacityByDay,
        int[] bookedByDay) {

    public Person {
        skills = Map.copyOf(skills);
        capacityByDay = capacityByDay.clone();
        bookedByDay = bookedByDay.clone();
    }

    public static Person of(String id, String name, Map<String, Integer> skills, int capacity) {
        return new Person(id, name, skills, capacity, new int[0], new int[0]);
    }

    public Person onLeave(int... days) {
        int length = capacityByDay.length;
        for (int day : days) {
            length = Math.max(length, day + 1);
        }
        int[] byDay = new int[length];
        for (int day = 0; day < length; day++) {
            byDay[day] = capacityOn(day);
        }
        for (int day : days) {
            byDay[day] = 0;
        }
        return new Person(id, name, skills, capacity, byDay, bookedByDay);
    }

    public Person booked(int[] hoursByDay) {
        return new Person(id, name, skills, capacity, capacityByDay, hoursByDay);
    }

    public int capacityOn(int day) {
        return day < capacityByDay.length ? capacityByDay[day] : capacity;
    }

    public int bookedOn(int day) {
        return day < bookedByDay.length ? bookedByDay[day] : 0;
    }

    /** Hours already taken by other projects, over all days. */
    public long bookedHours() {
        long total = 0;
        for (int hours : bookedByDay) {
            total += hours;
        }
        return total;
    }

    public int level(String skill) {
        return skills.getOrDefault(skill, 0);
    }

    @Override
    public int[] capacityByDay() {
        return capacityByDay.clone();
    }

    @Override
    public int[] bookedByDay() {
        return bookedByDay.clone();
    }
}
