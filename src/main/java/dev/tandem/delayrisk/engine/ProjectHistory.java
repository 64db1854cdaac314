package dev.tandem.delayrisk.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A project's items with their history, the workflow's done statuses (by name, as the history records them), and
 * what the assignees can give: weekly hours and days of leave, by username.
 */
public record ProjectHistory(String projectKey, List<ItemHistory> items, Set<String> doneStatuses,
                             Map<String, Double> weeklyHours, Map<String, Set<LocalDate>> leave) {

    public Map<String, ItemHistory> byKey() {
        return items.stream().collect(Collectors.toMap(ItemHistory::key, Function.identity()));
    }

    public Map<String, List<ItemHistory>> successors() {
        Map<String, List<ItemHistory>> result = new HashMap<>();
        for (ItemHistory item : items) {
            for (String p : item.predecessors()) {
                result.computeIfAbsent(p, k -> new ArrayList<>()).add(item);
            }
        }
        return result;
    }

    /** Monday-to-Friday days from {@code from} (inclusive) to {@code to} (exclusive); negative when to comes first. */
    public static int weekdaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -weekdaysBetween(to, from);
        }
        int days = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
