package dev.tandem.sprint;

import java.math.BigDecimal;

/**
 * One person's hours in a sprint: weekly hours × working days / 5, less a day's hours (weekly / 5) for every
 * working day of leave; set against the estimates of the sprint's items assigned to them.
 */
public record PersonCapacity(String username, String displayName, BigDecimal weeklyHours, int workingDays,
                             int leaveDays, BigDecimal capacityHours, BigDecimal committedHours,
                             BigDecimal committedPoints, boolean overCapacity) {
}
