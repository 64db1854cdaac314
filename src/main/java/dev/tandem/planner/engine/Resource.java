package dev.tandem.planner.engine;

import java.util.Arrays;

/**
 * A renewable resource: a person (capacity in hours a day) or a pool (units). {@code capacityByDay[d]} is the capacity
 * on working day d (0 on leave); from the end of that array on it is {@code capacity}.
 */
public record Resource(String name, int capacity, int[] capacityByDay) {

    public Resource {
        if (capacity < 0 || Arrays.stream(capacityByDay).anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("capacity must not be negative: " + name);
        }
        capacityByDay = capacityByDay.clone();
    }

    public static Resource constant(String name, int capacity) {
        return new Resource(name, capacity, new int[0]);
    }

    /** The same resource with no capacity on the given working days (leave, or another project's booking). */
    public Resource absentOn(int... days) {
        int length = Math.max(capacityByDay.length, Arrays.stream(days).max().orElse(-1) + 1);
        int[] byDay = new int[length];
        for (int day = 0; day < length; day++) {
            byDay[day] = capacityOn(day);
        }
        for (int day : days) {
            byDay[day] = 0;
        }
        return new Resource(name, capacity, byDay);
    }

    public int capacityOn(int day) {
        return day < capacityByDay.length ? capacityByDay[day] : capacity;
    }

    @Override
    public int[] capacityByDay() {
        return capacityByDay.clone();
    }
}
