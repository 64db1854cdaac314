package dev.tandem.meeting.transcript;

import java.time.LocalDate;

/**
 * A due date found in a sentence.
 *
 * @param date   the date, relative phrases resolved against the meeting date
 * @param phrase the words it was read from ("by Friday", "下周三之前")
 */
public record DueDate(LocalDate date, String phrase) {
}
