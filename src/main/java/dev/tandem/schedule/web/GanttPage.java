package dev.tandem.schedule.web;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The project track for the PM: the Gantt chart, drawn in the browser from {@link GanttData}. */
@Controller
class GanttPage {

    private final PortfolioManagement portfolio;

    GanttPage(PortfolioManagement portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/gantt")
    String gantt(Actor actor, @PathVariable String key, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("editable", portfolio.access(actor, key, Permission.VIEW_PROJECT).may(Permission.EDIT_ITEMS));
        return "gantt/gantt";
    }
}
