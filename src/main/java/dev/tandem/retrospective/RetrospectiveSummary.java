package dev.tandem.retrospective;

import dev.tandem.retrospective.engine.Format;
import dev.tandem.retrospective.engine.Stage;
import java.time.Instant;

/** A line of a project's list of retrospectives. */
public record RetrospectiveSummary(long id, String title, String kind, Format format, Stage stage, Instant createdAt,
                                   long cards) {
}
