package dev.tandem.knowledge;

import java.time.Instant;

/** One save of a page; {@code restoredFrom} names the revision it brought back, if it was a restore. */
public record RevisionView(int number, String title, String body, String changeNote, Integer restoredFrom,
                           String author, Instant createdAt) {
}
