package dev.tandem.notification;

import java.time.Instant;
import java.util.List;

/** A chat channel as shown: its URL cut after the host (the rest is a secret), whether it has a signing secret. */
public record ChatChannelView(long id, String name, ChatProvider provider, String url, List<String> kinds,
                              String language, boolean active, boolean signed, String createdBy, Instant createdAt,
                              long version) {
}
