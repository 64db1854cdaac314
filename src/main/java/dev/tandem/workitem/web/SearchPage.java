package dev.tandem.workitem.web;

import dev.tandem.shared.Actor;
import dev.tandem.workitem.GlobalSearch;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The global search box's page: projects, people and items across the projects the reader may open. */
@Controller
class SearchPage {

    private final GlobalSearch search;

    SearchPage(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(Actor actor, @RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("results", query.isEmpty() ? List.of() : search.search(actor, query));
        model.addAttribute("maxLength", GlobalSearch.MAX_QUERY_LENGTH);
        return "search/results";
    }

    /** The command bar's hits for what was typed so far, as options of its list. */
    @GetMapping("/search/options")
    String options(Actor actor, @RequestParam String q, Model model) {
        model.addAttribute("results", q.isBlank() ? List.of() : search.search(actor, q));
        return "fragments/parts :: searchOptions";
    }
}
