package dev.tandem.planning;

import dev.tandem.portfolio.ProjectRole;
import java.time.Instant;

public record SignoffView(long id, String username, ProjectRole role, String comment, Instant signedAt) {
}
