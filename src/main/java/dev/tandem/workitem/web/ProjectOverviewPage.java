package dev.tandem.workitem.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project's front page: where its items stand, what is late or blocked, and the milestones ahead. */
@Controller
class ProjectOverviewPage {

    private final PortfolioManagement portfolio;
    private final WorkItemManagement items;
    private final Clock clock;

    ProjectOverviewPage(PortfolioManagement portfolio, WorkItemManagement items, Clock clock) {
        this.portfolio = portfolio;
        this.items = items;
        this.clock = clock;
    }

    @GetMapping("/projects/{key}")
    String overview(Actor actor, @PathVariable String key, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        var overview = items.overview(actor, key);
        model.addAttribute("overview", overview);
        // how long each blocker has been waiting, in whole days: the age tells the sync meeting what to chase first
        model.addAttribute("blockedDays", overview.blocked().stream().filter(i -> i.blockedSince() != null)
                .collect(Collectors.toMap(ItemView::key, i -> Duration.between(i.blockedSince(), clock.instant()).toDays())));
        return "projects/overview";
    }
}
