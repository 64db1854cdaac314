package dev.tandem.sprint.web;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.sprint.SprintManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The daily stand-up: per person, done since yesterday, doing and blocked. */
@Controller
class StandupPage {

    private final PortfolioManagement portfolio;
    private final SprintManagement sprints;

    StandupPage(PortfolioManagement portfolio, SprintManagement sprints) {
        this.portfolio = portfolio;
        this.sprints = sprints;
    }

    @GetMapping("/projects/{key}/standup")
    String standup(Actor actor, @PathVariable String key, @RequestParam(required = false) String date, Model model) {
        model.addAttribute("project", portfolio.access(actor, key, Permission.VIEW_PROJECT));
        model.addAttribute("standup", sprints.standup(actor, key, SprintPages.date("date", date)));
        return "sprints/standup";
    }
}
