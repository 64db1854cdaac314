package dev.tandem.schedule;

import java.time.Instant;
import java.time.LocalDate;

public record BaselineSummary(long id, String name, Instant capturedAt, String capturedBy, LocalDate finish, int items) {
}
