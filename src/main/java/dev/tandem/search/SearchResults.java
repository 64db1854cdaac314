package dev.tandem.search;

import java.util.List;

/** A page of hits, best first; {@code total} counts only what the reader may see. */
public record SearchResults(List<SearchHit> hits, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.min(SearchQuery.MAX_PAGE, (total + pageSize - 1) / pageSize);
    }
}
