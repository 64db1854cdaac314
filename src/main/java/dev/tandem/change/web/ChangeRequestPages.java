package dev.tandem.change.web;

import dev.tandem.change.ChangeManagement;
import dev.tandem.change.ChangeRequestView;
import dev.tandem.change.VoteDecision;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.system.Texts;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.WorkItemType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ChangeRequestPages {

    private final ChangeManagement changes;
    private final PortfolioManagement portfolio;

    ChangeRequestPages(ChangeManagement changes, PortfolioManagement portfolio) {
        this.changes = changes;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/changes")
    String list(Actor actor, @PathVariable String key, Model model) {
        ProjectSummary project = portfolio.project(actor, key);
        model.addAttribute("project", project);
        model.addAttribute("requests", changes.list(actor, key));
        model.addAttribute("mayDraft", project.myRole() != null || actor.isAdmin());
        return "change/list";
    }

    static final int STEP_ROWS = 5;

    /** The draft form; query parameters pre-fill the first step, so other pages can propose a change in one click. */
    @GetMapping("/projects/{key}/changes/new")
    String draftForm(Actor actor, @PathVariable String key, DraftForm form, Model model) {
        return form(actor, key, form, model);
    }

    @PostMapping("/projects/{key}/changes")
    String draft(Actor actor, @PathVariable String key, DraftForm form, Model model, HttpServletResponse response) {
        try {
            var view = changes.draft(actor, key, form.getTitle(), form.getReason(), form.changes(),
                    form.getQualityRating(), form.getQualityRationale());
            return "redirect:/change-requests/" + view.id();
        } catch (InvalidInputException | ForbiddenException e) {
            response.setStatus(e instanceof InvalidInputException ? 400 : 403);
            model.addAttribute("refusal", Texts.of(e));
            return form(actor, key, form, model);
        }
    }

    /** The draft form, with the kinds of item and of link its steps choose from. */
    private String form(Actor actor, String key, DraftForm form, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("form", form.padded());
        model.addAttribute("itemTypes", WorkItemType.values());
        model.addAttribute("dependencyTypes", DependencyType.values());
        return "change/new";
    }

    @GetMapping("/change-requests/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        return page(actor, changes.get(actor, id), model);
    }

    @PostMapping("/change-requests/{id}/votes")
    String vote(Actor actor, @PathVariable long id, @RequestParam(required = false) VoteDecision decision,
                @RequestParam(required = false) String comment, Model model, HttpServletResponse response) {
        return act(actor, id, model, response, () -> changes.vote(actor, id, decision, comment));
    }

    @PostMapping("/change-requests/{id}/submit")
    String submit(Actor actor, @PathVariable long id, Model model, HttpServletResponse response) {
        return act(actor, id, model, response, () -> changes.submit(actor, id));
    }

    @PostMapping("/change-requests/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable long id, Model model, HttpServletResponse response) {
        return act(actor, id, model, response, () -> changes.withdraw(actor, id));
    }

    @PostMapping("/change-requests/{id}/refresh")
    String refresh(Actor actor, @PathVariable long id, Model model, HttpServletResponse response) {
        return act(actor, id, model, response, () -> changes.refresh(actor, id));
    }

    /** A refused step shows its reason on the request's page, with the status it deserves; nothing is saved. */
    private String act(Actor actor, long id, Model model, HttpServletResponse response,
                       java.util.function.Supplier<ChangeRequestView> step) {
        try {
            step.get();
            return "redirect:/change-requests/" + id;
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            response.setStatus(e instanceof InvalidInputException ? 400 : e instanceof ConflictException ? 409 : 403);
            model.addAttribute("refusal", Texts.of(e));
            return page(actor, changes.get(actor, id), model);
        }
    }

    private String page(Actor actor, ChangeRequestView request, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("project", portfolio.project(actor, request.project()));
        model.addAttribute("isReviewer", request.reviewers().contains(actor.username()));
        model.addAttribute("mayManage", actor.username().equals(request.requestedBy())
                || portfolio.access(actor, request.project(), dev.tandem.portfolio.Permission.VIEW_PROJECT)
                .may(dev.tandem.portfolio.Permission.EDIT_PROJECT));
        return "change/request";
    }
}
