package dev.tandem.search.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.search.SearchKind;
import dev.tandem.search.SearchManagement;
import dev.tandem.search.SearchQuery;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.system.Dates;
import dev.tandem.system.Texts;
import dev.tandem.workitem.GlobalSearch;
import dev.tandem.workitem.SearchResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page behind the search box: where to jump (projects, people, items by key) and the full-text hits with
 * their snippets, narrowed by kind, project and days.
 */
@Controller
class FullTextSearchPage {

    private final SearchManagement search;
    private final GlobalSearch jump;
    private final PortfolioManagement portfolio;
    private final Dates dates;

    FullTextSearchPage(SearchManagement search, GlobalSearch jump, PortfolioManagement portfolio, Dates dates) {
        this.search = search;
        this.jump = jump;
        this.portfolio = portfolio;
        this.dates = dates;
    }

    @GetMapping("/search")
    String search(Actor actor, @RequestParam(required = false) String q,
                  @RequestParam(required = false) Set<SearchKind> kind,
                  @RequestParam(required = false) String project,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "1") int page, Model model) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("kinds", SearchKind.values());
        model.addAttribute("chosenKinds", kind == null ? Set.of() : kind);
        model.addAttribute("projects", portfolio.visibleProjects(actor));
        model.addAttribute("projectFilter", project == null ? "" : project);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
        model.addAttribute("jump", List.of());
        model.addAttribute("results", null);
        if (!text.isEmpty()) {
            try {
                SearchQuery query = new SearchQuery(text, kind, project, from, to, page);
                if (text.length() <= GlobalSearch.MAX_QUERY_LENGTH && page == 1) {
                    // items are among the full-text hits below; the jump list offers projects and people
                    model.addAttribute("jump", jump.search(actor, text).stream()
                            .filter(r -> r.kind() != SearchResult.Kind.ITEM).toList());
                }
                model.addAttribute("results", search.search(actor, query, dates.zone()));
            } catch (InvalidInputException e) {
                model.addAttribute("problem", Texts.of(e));
            }
        }
        return "search/results";
    }
}
