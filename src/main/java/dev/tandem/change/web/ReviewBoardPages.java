package dev.tandem.change.web;

import dev.tandem.change.ChangeManagement;
import dev.tandem.change.DecisionRule;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.system.FormProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review board's members and decision rule; everyone in the project reads them, the PM changes them. */
@Controller
@RequestMapping("/projects/{key}/review-board")
class ReviewBoardPages {

    private final ChangeManagement changes;
    private final PortfolioManagement portfolio;

    ReviewBoardPages(ChangeManagement changes, PortfolioManagement portfolio) {
        this.changes = changes;
        this.portfolio = portfolio;
    }

    @GetMapping
    String board(Actor actor, @PathVariable String key, Model model) {
        return page(actor, key, model);
    }

    /** Unticking every member sends no {@code reviewers} at all: that is an empty board, which the facade refuses. */
    @PostMapping
    String configure(Actor actor, @PathVariable String key, @RequestParam(required = false) List<String> reviewers,
                     @RequestParam(required = false) DecisionRule rule, @RequestParam(required = false) Integer quorum,
                     @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        try {
            changes.configureBoard(actor, key, rule, quorum, null, null, reviewers == null ? List.of() : reviewers,
                    null, null, version);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
            return page(actor, key, model);
        }
        redirect.addFlashAttribute("notice", "notice.board.saved");
        return "redirect:/projects/" + key + "/review-board";
    }

    private String page(Actor actor, String key, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("board", changes.boardSettings(actor, key));
        model.addAttribute("members", portfolio.members(actor, key));
        model.addAttribute("rules", DecisionRule.values());
        model.addAttribute("mayConfigure", portfolio.access(actor, key, Permission.VIEW_PROJECT).may(Permission.EDIT_PROJECT));
        return "change/board";
    }
}
