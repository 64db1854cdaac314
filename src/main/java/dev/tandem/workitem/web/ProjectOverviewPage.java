package dev.tandem.workitem.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.WorkItemManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project's front page: where its items stand, what is late or blocked, and the milestones ahead. */
@Controller
class ProjectOverviewPage {

    private final PortfolioManagement portfolio;
    private final WorkItemManagement items;

    ProjectOverviewPage(PortfolioManagement portfolio, WorkItemManagement items) {
        this.portfolio = portfolio;
        this.items = items;
    }

    @GetMapping("/projects/{key}")
    String overview(Actor actor, @PathVariable String key, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("overview", items.overview(actor, key));
        return "projects/overview";
    }
}
