package dev.tandem.workitem.web;

import dev.tandem.shared.Actor;
import dev.tandem.workitem.GlobalSearch;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The command bar's jump list: projects, people and items across the projects the reader may open. */
@Controller
class CommandBarOptions {

    private final GlobalSearch search;

    CommandBarOptions(GlobalSearch search) {
        this.search = search;
    }

    /** The command bar's hits for what was typed so far, as options of its list. */
    @GetMapping("/search/options")
    String options(Actor actor, @RequestParam String q, Model model) {
        model.addAttribute("results", q.isBlank() ? List.of() : search.search(actor, q));
        return "fragments/parts :: searchOptions";
    }
}
