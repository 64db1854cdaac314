package dev.tandem.retrospective;

import dev.tandem.retrospective.engine.TextDiff;
import java.time.Instant;
import java.util.List;

/** What pages and answers show of process templates. */
public final class TemplateViews {

    private TemplateViews() {
    }

    public record Summary(long id, String code, String language, String kind, String name, int currentVersion) {
    }

    /**
     * A version of a template; {@code retrospectiveId} is the retrospective a promotion came from (only its id: the
     * history is read across the organisation, the retrospective only inside its project).
     */
    public record Version(int number, String body, String note, String author, Instant createdAt,
                          Long retrospectiveId) {
    }

    public record Template(Summary template, Version current, List<Version> versions) {
    }

    public record Diff(long templateId, String name, int from, int to, List<TextDiff.Line> lines) {
    }

    /** A template as one project uses it: the version it adopted (null when none yet) and what changed since. */
    public record Adoption(Summary template, Integer adoptedVersion, boolean current, List<TextDiff.Line> changes) {
    }
}
