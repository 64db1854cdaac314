package dev.tandem.search.api;

import dev.tandem.search.SearchKind;
import dev.tandem.search.SearchManagement;
import dev.tandem.search.SearchQuery;
import dev.tandem.search.SearchResults;
import dev.tandem.shared.Actor;
import dev.tandem.system.Dates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Full-text search over what people wrote, in the projects the caller may read")
class FullTextSearchApi {

    private final SearchManagement search;
    private final Dates dates;

    FullTextSearchApi(SearchManagement search, Dates dates) {
        this.search = search;
        this.dates = dates;
    }

    @GetMapping("/api/v1/search/text")
    @Operation(summary = "Full-text search", description = "Work items and comments (and every other kind listed "
            + "under `kind`) whose words match, Chinese and English alike, best first, " + SearchManagement.PAGE_SIZE
            + " a page, each with a highlighted snippet (HTML, escaped, matched words in `<mark>`). Only the projects "
            + "the caller may read are searched: `total` counts nothing else. 404 for a `project` the caller may not "
            + "read.")
    SearchResults text(Actor actor,
                       @Parameter(description = "1 to " + SearchQuery.MAX_LENGTH + " characters; \"a phrase\", "
                               + "-excluded, a | b") @RequestParam String q,
                       @Parameter(description = "only these kinds (repeat the parameter); all when absent")
                       @RequestParam(required = false) Set<SearchKind> kind,
                       @Parameter(description = "only this project's records (its key)")
                       @RequestParam(required = false) String project,
                       @Parameter(description = "changed on or after this day (the caller's time zone)")
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @Parameter(description = "changed on or before this day")
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @Parameter(description = "1 to " + SearchQuery.MAX_PAGE) @RequestParam(defaultValue = "1") int page) {
        return search.search(actor, new SearchQuery(q, kind, project, from, to, page), dates.zone());
    }

    @PostMapping("/api/v1/admin/search-index")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rebuild the search index", description = "Rebuilds the full-text index from the database "
            + "and answers when it is done. Administrators only.")
    void rebuild(Actor actor) {
        search.reindex(actor);
    }
}
