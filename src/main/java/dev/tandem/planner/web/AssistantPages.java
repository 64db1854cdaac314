package dev.tandem.planner.web;

import dev.tandem.planner.AcceptedPlan;
import dev.tandem.planner.PlanOptions;
import dev.tandem.planner.PlanProposal;
import dev.tandem.planner.PlanStatus;
import dev.tandem.planner.PlanView;
import dev.tandem.planner.PlannerManagement;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scheduling assistant: start a solve, watch its best score (htmx polls while it runs), then the diff against
 * today's plan with checkboxes to accept some or all of it, or discard it. Also the project's capacity view.
 */
@Controller
class AssistantPages {

    private final PlannerManagement planner;
    private final PortfolioManagement portfolio;

    AssistantPages(PlannerManagement planner, PortfolioManagement portfolio) {
        this.planner = planner;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/assistant")
    String page(Actor actor, @PathVariable String key, @RequestParam(required = false) Long plan, Model model) {
        PlanView shown = plan != null ? planner.get(actor, key, plan) : planner.latest(actor, key).orElse(null);
        return show(actor, key, shown, model);
    }

    private String show(Actor actor, String key, PlanView plan, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("mayPlan", portfolio.access(actor, key, Permission.VIEW_PROJECT).may(Permission.PLAN_RESOURCES));
        model.addAttribute("plan", plan);
        model.addAttribute("assignChoices", List.of(PlanOptions.Assign.UNASSIGNED, PlanOptions.Assign.ALL,
                PlanOptions.Assign.NONE));
        PlanProposal proposal = plan == null ? null : plan.proposal();
        model.addAttribute("heat", proposal == null || proposal.load() == null ? null : Heat.of(proposal.load(), true));
        return "planner/assistant";
    }

    @PostMapping("/projects/{key}/assistant")
    String start(Actor actor, @PathVariable String key, @RequestParam(required = false) PlanOptions.Assign assign,
                 @RequestParam(defaultValue = "false") boolean level, Model model, HttpServletResponse response) {
        try {
            PlanView plan = planner.start(actor, key, new PlanOptions(assign, level));
            return "redirect:/projects/" + key + "/assistant?plan=" + plan.id();
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("problem", Texts.of(e));
            return show(actor, key, planner.latest(actor, key).orElse(null), model);
        }
    }

    /** The running plan's status line; once it has finished the whole page reloads to show the result. */
    @GetMapping("/projects/{key}/assistant/{id}/status")
    String status(Actor actor, @PathVariable String key, @PathVariable long id, Model model,
                  HttpServletResponse response) {
        PlanView plan = planner.get(actor, key, id);
        if (plan.status() != PlanStatus.RUNNING) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("plan", plan);
        return "planner/assistant :: status";
    }

    @PostMapping("/projects/{key}/assistant/{id}/accept")
    String accept(Actor actor, @PathVariable String key, @PathVariable long id,
                  @RequestParam(required = false) List<String> items, @RequestParam(defaultValue = "false") boolean all,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!all && (items == null || items.isEmpty())) {
                throw new InvalidInputException("items", Text.of("problem.planner.chooseItems"));
            }
            AcceptedPlan accepted = planner.accept(actor, key, id, all ? null : items);
            // plain values: the session (and so the flash) may be stored outside the application
            redirect.addFlashAttribute("applied", String.join(", ", accepted.applied()));
            redirect.addFlashAttribute("deferred", String.join(", ", accepted.deferred()));
            redirect.addFlashAttribute("changeRequestId", accepted.changeRequest());
            redirect.addFlashAttribute("changeRequestCode", accepted.plan().changeRequest());
            return "redirect:/projects/" + key + "/assistant?plan=" + id;
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("problem", Texts.of(e));
            return show(actor, key, planner.get(actor, key, id), model);
        }
    }

    @PostMapping("/projects/{key}/assistant/{id}/discard")
    String discard(Actor actor, @PathVariable String key, @PathVariable long id, Model model,
                   HttpServletResponse response) {
        try {
            planner.cancelOrDiscard(actor, key, id);
            return "redirect:/projects/" + key + "/assistant?plan=" + id;
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("problem", Texts.of(e));
            return show(actor, key, planner.get(actor, key, id), model);
        }
    }

    /** Each person's load by week in today's plan against their capacity: the same heat map as a plan's. */
    @GetMapping("/projects/{key}/capacity")
    String capacity(Actor actor, @PathVariable String key, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("heat", Heat.of(planner.capacity(actor, key), false));
        return "planner/capacity";
    }
}
