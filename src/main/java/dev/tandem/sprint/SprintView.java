package dev.tandem.sprint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sprint with its items in rank order. {@code points} and {@code hours} total the items' current estimates;
 * {@code committedPoints} is the total when it started, {@code completedPoints} what was done when it completed.
 */
public record SprintView(long id, String projectKey, String name, String goal, LocalDate startDate, LocalDate endDate,
                         SprintState state, int workingDays, BigDecimal committedPoints, BigDecimal completedPoints,
                         Instant startedAt, Instant completedAt, long version, List<BacklogItem> items,
                         BigDecimal points, BigDecimal hours, int doneCount) {
}
