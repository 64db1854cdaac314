package dev.tandem.notification;

import java.time.Instant;

/** One message in a person's inbox, with the page to act on. */
public record Notice(long id, String message, String link, Instant createdAt, Instant readAt) {
}
