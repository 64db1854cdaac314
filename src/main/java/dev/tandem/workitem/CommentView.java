package dev.tandem.workitem;

import java.time.Instant;

public record CommentView(long id, String item, String author, String authorName, String body, long version,
                          Instant createdAt, Instant updatedAt) {
}
