package dev.tandem.sprint;

import java.time.LocalDate;

/** What a person fills in to plan a sprint; in an edit a null field keeps its value. */
public record SprintDraft(String name, String goal, LocalDate startDate, LocalDate endDate) {
}
