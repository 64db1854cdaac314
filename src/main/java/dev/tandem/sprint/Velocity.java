package dev.tandem.sprint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Story points committed at the start and completed by the end of the last completed sprints, oldest first. */
public record Velocity(BigDecimal average, List<Entry> sprints) {

    public record Entry(long sprintId, String name, LocalDate startDate, LocalDate endDate, BigDecimal committed,
                        BigDecimal completed) {
    }
}
