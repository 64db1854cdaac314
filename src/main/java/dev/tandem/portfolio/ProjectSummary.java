package dev.tandem.portfolio;

import java.time.LocalDate;

public record ProjectSummary(long id, String key, String name, String description, String portfolio,
                             LocalDate startDate, ProjectRole myRole, long version) {
}
