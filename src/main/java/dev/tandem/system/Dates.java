package dev.tandem.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages show dates and times: ISO dates (2026-11-30) in both languages, and times of day in the
 * reader's time zone (their chosen one, else the one their browser reports). Templates reach it as {@code @dates}.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss VV (xxx)");

    private final Clock clock;

    public Dates(Clock clock) {
        this.clock = clock;
    }

    /** The reader's zone for this request. */
    public ZoneId zone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }

    /** A day: a date as it is, an instant as the day it was in the reader's zone. */
    public String date(TemporalAccessor value) {
        return value instanceof LocalDate day ? DATE.format(day) : format(value, DATE);
    }

    /** The day {@code days} days before today in the reader's zone, as a link's date: "a week ago" is 7. */
    public String daysAgo(int days) {
        return DATE.format(LocalDate.now(clock.withZone(zone())).minusDays(days));
    }

    /** A day of a week's columns, where the year is said once above them: 11-30. */
    public String monthDay(LocalDate day) {
        return day == null ? "" : MONTH_DAY.format(day);
    }

    /** An instant to the minute in the reader's zone. */
    public String dateTime(TemporalAccessor value) {
        return format(value, MINUTES);
    }

    /** An instant to the second in the reader's zone, for trails where order within a minute matters. */
    public String dateTimeSeconds(TemporalAccessor value) {
        return format(value, SECONDS);
    }

    /** The full instant with its zone, for a tooltip. */
    public String exact(TemporalAccessor value) {
        return format(value, ZONE);
    }

    private String format(TemporalAccessor value, DateTimeFormatter formatter) {
        return switch (value) {
            case null -> "";
            case Instant instant -> formatter.format(instant.atZone(zone()));
            case OffsetDateTime time -> formatter.format(time.atZoneSameInstant(zone()));
            case ZonedDateTime time -> formatter.format(time.withZoneSameInstant(zone()));
            default -> formatter.format(value);
        };
    }
}
