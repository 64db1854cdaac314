package dev.tandem.search;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.time.LocalDate;
import java.util.Set;

/**
 * A search: words (1 to {@link #MAX_LENGTH} characters; quotes, {@code -word} and {@code OR} work as in most search
 * boxes), optionally only some kinds, one project (its key), and a range of days the record last changed in.
 */
public record SearchQuery(String text, Set<SearchKind> kinds, String projectKey, LocalDate from, LocalDate to,
                          int page) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_PAGE = 50;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", Text.of("problem.workitem.queryLength", MAX_LENGTH));
        }
        kinds = kinds == null || kinds.isEmpty() ? Set.of(SearchKind.values()) : Set.copyOf(kinds);
        projectKey = projectKey == null || projectKey.isBlank() ? null : projectKey.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", Text.of("problem.search.toBeforeFrom", from.toString()));
        }
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidInputException("page", Text.of("problem.search.pageRange", MAX_PAGE));
        }
    }
}
