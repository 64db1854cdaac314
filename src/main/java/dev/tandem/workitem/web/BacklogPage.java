package dev.tandem.workitem.web;

import dev.tandem.system.FormProblem;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.SprintManagement;
import dev.tandem.workitem.SprintState;
import dev.tandem.workitem.WorkItemManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ranked backlog: drag (or move up and down) to rank, and add items to a planned or active sprint. */
@Controller
@RequestMapping("/projects/{key}/backlog")
class BacklogPage {

    /** Sent by backlog.js; the answer is JSON instead of a redirect. */
    static final String FETCH_HEADER = "X-Tandem-Fetch";

    private final PortfolioManagement portfolio;
    private final SprintManagement sprints;
    private final WorkItemManagement items;

    BacklogPage(PortfolioManagement portfolio, SprintManagement sprints, WorkItemManagement items) {
        this.portfolio = portfolio;
        this.sprints = sprints;
        this.items = items;
    }

    @GetMapping
    String backlog(Actor actor, @PathVariable String key, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        model.addAttribute("project", project);
        model.addAttribute("items", sprints.backlog(actor, key));
        model.addAttribute("openSprints", sprints.sprints(actor, key).stream()
                .filter(s -> s.state() != SprintState.COMPLETED).toList());
        model.addAttribute("mayRank", project.may(Permission.EDIT_ITEMS));
        model.addAttribute("mayPlan", project.may(Permission.MANAGE_SPRINTS));
        return "backlog/backlog";
    }

    /** Places the item between two neighbours (either may be empty for an end of the list). */
    @PostMapping(path = "/{itemKey}/rank", headers = FETCH_HEADER)
    @ResponseBody
    Map<String, Object> rankByScript(Actor actor, @PathVariable String key, @PathVariable String itemKey,
                                     @RequestParam(required = false) String after,
                                     @RequestParam(required = false) String before, @RequestParam Long version) {
        ItemView moved = items.move(actor, itemKey, null, blankToNull(after), blankToNull(before), version);
        return Map.of("key", moved.key(), "version", moved.version());
    }

    @PostMapping("/{itemKey}/rank")
    String rank(Actor actor, @PathVariable String key, @PathVariable String itemKey,
                @RequestParam(required = false) String after, @RequestParam(required = false) String before,
                @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            items.move(actor, itemKey, null, blankToNull(after), blankToNull(before), version);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
            return backlog(actor, key, model);
        }
        redirect.addFlashAttribute("notice", "backlog.notice.ranked");
        return "redirect:/projects/" + key + "/backlog";
    }

    @PostMapping("/{itemKey}/sprint")
    String addToSprint(Actor actor, @PathVariable String key, @PathVariable String itemKey,
                       @RequestParam(required = false) Long sprintId, @RequestParam(required = false) Long version,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (sprintId == null) {
                throw new InvalidInputException("sprint", "must be chosen");
            }
            sprints.addItem(actor, key, sprintId, itemKey, version);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
            return backlog(actor, key, model);
        }
        redirect.addFlashAttribute("notice", "backlog.notice.added");
        return "redirect:/projects/" + key + "/backlog";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
