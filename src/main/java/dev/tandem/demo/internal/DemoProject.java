package dev.tandem.demo.internal;

import dev.tandem.portfolio.ProjectRole;
import java.util.List;
import java.util.Map;

/**
 * One demo project: who is in it, its plan outline, and the texts that would be clumsy inside the outline —
 * Markdown descriptions, reasons for blocked items and comments, all keyed by the outline's {@code #ref}.
 * The project starts on the Monday {@code startWeeksAgo} weeks before this week's, so the demo always looks alive.
 */
record DemoProject(String key, String name, String description, String portfolio, int startWeeksAgo, long seed,
                   List<Member> members, String outline, Map<String, String> descriptions,
                   Map<String, String> blockedReasons, Map<String, List<String>> comments) {

    record Member(String username, ProjectRole role) {
    }
}
