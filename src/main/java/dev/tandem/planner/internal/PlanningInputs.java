package dev.tandem.planner.internal;

import dev.tandem.schedule.engine.LinkType;
import dev.tandem.schedule.engine.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.tandem.planner.PlanOptions;

/**
 * Everything a solve needs, read once in the request that starts it, so that the solve itself runs without a
 * signed-in reader or a transaction. Working day 0 of {@code calendar} is the first working day from today on.
 */
public record PlanningInputs(String projectKey, WorkingCalendar calendar, List<Item> items, List<Dependency> dependencies,
                      List<Member> people, PlanOptions options, long seed, Duration budget, long moveLimit) {

    /**
     * An open leaf item as today's plan has it ({@code start} and {@code finish} inclusive).
     *
     * @param days      working days of work, the assignee's leave not counted
     * @param hours     hours of work left (remaining, else the estimate), null when unknown
     * @param notBefore its planned start, a start-no-earlier-than; null for none
     * @param due       its finish-no-later-than (due date), null for none
     * @param baseline  its finish in the latest baseline, null without one
     * @param started   work on it is under way, so it does not move earlier
     */
    public record Item(String key, String title, boolean milestone, boolean majorTechnical, String parent, String assignee,
                LocalDate start, LocalDate finish, int days, Double hours, Map<String, Integer> skills, boolean pinPerson,
                boolean pinDates, boolean started, LocalDate notBefore, LocalDate due, LocalDate baseline,
                long version) {
    }

    public record Dependency(String predecessor, String successor, LinkType type, int lag) {
    }

    /**
     * A person whose hours count: a member who may take items ({@code candidate}) or someone assigned today.
     *
     * @param booked hours a date already given to other projects
     */
    public record Member(String username, String name, Map<String, Integer> skills, int dailyHours, boolean candidate,
                  Set<LocalDate> leave, Map<LocalDate, Integer> booked) {

        boolean qualifiesFor(Map<String, Integer> needs) {
            return needs.entrySet().stream().allMatch(n -> skills.getOrDefault(n.getKey(), 0) >= n.getValue());
        }
    }
}
