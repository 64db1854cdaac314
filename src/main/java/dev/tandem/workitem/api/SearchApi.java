package dev.tandem.workitem.api;

import dev.tandem.shared.Actor;
import dev.tandem.workitem.GlobalSearch;
import dev.tandem.workitem.SearchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Projects, work items and people across the projects the caller may read")
class SearchApi {

    private final GlobalSearch search;

    SearchApi(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search across projects", description = "Projects by key or name, people who share a "
            + "readable project with the caller, and work items by key or title, in the projects the caller may "
            + "read; at most " + GlobalSearch.MAX_RESULTS + " results, projects first, then people, then items.")
    List<SearchResult> search(Actor actor, @Parameter(description = "1 to " + GlobalSearch.MAX_QUERY_LENGTH
            + " characters, matched anywhere, ignoring case") @RequestParam @Size(min = 1, max = GlobalSearch.MAX_QUERY_LENGTH) String q) {
        return search.search(actor, q);
    }
}
