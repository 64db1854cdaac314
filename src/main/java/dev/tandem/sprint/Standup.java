package dev.tandem.sprint;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily stand-up of a project on {@code date}: per member, what they finished since the start of the
 * previous working day {@code since} (from the items' history), and what they are doing and what blocks them
 * now. People are named by the current assignee of each item.
 */
public record Standup(LocalDate date, LocalDate since, List<Person> people) {

    public record Person(String username, String displayName, List<BacklogItem> done, List<BacklogItem> doing,
                         List<BacklogItem> blocked) {
    }
}
