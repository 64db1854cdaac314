package dev.tandem.retrospective.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.retrospective.ProcessTemplateManagement;
import dev.tandem.retrospective.RetrospectiveFields;
import dev.tandem.retrospective.RetrospectiveManagement;
import dev.tandem.retrospective.RetrospectiveView;
import dev.tandem.retrospective.TemplateVersionConflict;
import dev.tandem.retrospective.engine.Stage;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.FormProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's retrospectives and the retrospective board: columns of cards, grouping, dots, action items and, for the
 * facilitator, the stage controls and promoting an improvement into a process template. A refused change shows the
 * board again with the reason (400, or 409 for the wrong stage or a stale version).
 */
@Controller
class RetrospectivePages {

    private final RetrospectiveManagement retrospectives;
    private final ProcessTemplateManagement templates;
    private final PortfolioManagement portfolio;

    RetrospectivePages(RetrospectiveManagement retrospectives, ProcessTemplateManagement templates,
                       PortfolioManagement portfolio) {
        this.retrospectives = retrospectives;
        this.templates = templates;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/retrospectives")
    String list(Actor actor, @PathVariable String key, Model model) {
        listModel(actor, key, model);
        return "retrospective/list";
    }

    @PostMapping("/projects/{key}/retrospectives")
    String create(Actor actor, @PathVariable String key, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String format,
                  @RequestParam(required = false) String votesPerPerson,
                  @RequestParam(required = false) String maxVotesPerTarget, Model model, HttpServletResponse response) {
        try {
            RetrospectiveView view = retrospectives.create(actor, key, new RetrospectiveFields(title, kind, format,
                    FormProblem.number(votesPerPerson), FormProblem.number(maxVotesPerTarget)));
            return "redirect:/projects/" + view.projectKey() + "/retrospectives/" + view.id();
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "create");
            listModel(actor, key, model);
            return "retrospective/list";
        }
    }

    /**
     * The board; {@code promote} ("card-12", "group-3", "action-5") fills the promotion form with that improvement's
     * words, for the facilitator to edit before adding them to a template.
     */
    @GetMapping("/projects/{key}/retrospectives/{id}")
    String board(Actor actor, @PathVariable String key, @PathVariable long id,
                 @RequestParam(required = false) String promote, Model model) {
        boardModel(actor, key, id, model);
        if (promote != null) {
            model.addAttribute("promoteText", improvement((RetrospectiveView) model.getAttribute("retro"), promote));
        }
        return "retrospective/board";
    }

    private static String improvement(RetrospectiveView retro, String source) {
        String[] parts = source.split("-", 2);
        if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(parts[1]);
        return switch (parts[0]) {
            case "card" -> Stream.concat(retro.columns().stream().flatMap(c -> c.cards().stream()),
                            retro.groups().stream().flatMap(g -> g.cards().stream()))
                    .filter(c -> c.id() == id).map(c -> "- [ ] " + c.body()).findFirst().orElse(null);
            case "group" -> retro.groups().stream().filter(g -> g.id() == id).map(g -> "- [ ] " + g.title())
                    .findFirst().orElse(null);
            case "action" -> retro.actions().stream().filter(a -> a.id() == id).map(a -> "- [ ] " + a.title())
                    .findFirst().orElse(null);
            default -> null;
        };
    }

    @PostMapping("/projects/{key}/retrospectives/{id}/stage")
    String move(Actor actor, @PathVariable String key, @PathVariable long id,
                @RequestParam(required = false) String stage, @RequestParam(required = false) Long version,
                Model model, HttpServletResponse response) {
        return change(actor, key, id, "stage", model, response,
                () -> retrospectives.move(actor, key, id, stage, version));
    }

    @PostMapping("/projects/{key}/retrospectives/{id}/cards")
    String card(Actor actor, @PathVariable String key, @PathVariable long id,
                @RequestParam(required = false) String column, @RequestParam(required = false) String body,
                @RequestParam(defaultValue = "false") boolean anonymous, Model model, HttpServletResponse response) {
        return change(actor, key, id, "card-" + column, model, response,
                () -> retrospectives.addCard(actor, key, id, column, body, anonymous));
    }

    @PostMapping("/projects/{key}/retrospectives/{id}/cards/{cardId}")
    String changeCard(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable long cardId,
                      @RequestParam(required = false) String body, @RequestParam(defaultValue = "false") boolean remove,
                      Model model, HttpServletResponse response) {
        return change(actor, key, id, "card-" + cardId, model, response, () -> remove
                ? retrospectives.removeCard(actor, key, id, cardId) : retrospectives.editCard(actor, key, id, cardId, body));
    }

    @PostMapping("/projects/{key}/retrospectives/{id}/groups")
    String group(Actor actor, @PathVariable String key, @PathVariable long id,
                 @RequestParam(required = false) String title, @RequestParam(required = false) List<Long> cards,
                 Model model, HttpServletResponse response) {
        return change(actor, key, id, "group", model, response,
                () -> retrospectives.group(actor, key, id, title, cards));
    }

    @PostMapping("/projects/{key}/retrospectives/{id}/votes")
    String vote(Actor actor, @PathVariable String key, @PathVariable long id,
                @RequestParam(required = false) Long card, @RequestParam(required = false) Long group,
                @RequestParam(defaultValue = "false") boolean remove, Model model, HttpServletResponse response) {
        return change(actor, key, id, "votes", model, response, () -> remove
                ? retrospectives.unvote(actor, key, id, card, group)
                : retrospectives.vote(actor, key, id, card, group));
    }

    @PostMapping("/projects/{key}/retrospectives/{id}/actions")
    String action(Actor actor, @PathVariable String key, @PathVariable long id,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String owner,
                  @RequestParam(required = false) String due, Model model, HttpServletResponse response) {
        return change(actor, key, id, "action", model, response,
                () -> retrospectives.addAction(actor, key, id, title, owner, FormProblem.date("due", due)));
    }

    @PostMapping("/projects/{key}/retrospectives/{id}/actions/{actionId}/work-item")
    String workItem(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable long actionId,
                    @RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
        return change(actor, key, id, "actions", model, response,
                () -> retrospectives.actionToItem(actor, key, id, actionId, version));
    }

    /** {@code template} is "id@version": the template and the version the facilitator saw. */
    @PostMapping("/projects/{key}/retrospectives/{id}/promotions")
    String promote(Actor actor, @PathVariable String key, @PathVariable long id,
                   @RequestParam(required = false) String template, @RequestParam(required = false) String text,
                   @RequestParam(required = false) String note, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            String[] parts = template == null ? new String[0] : template.split("@");
            if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,9}")) {
                throw new InvalidInputException("template", Text.of("problem.retrospective.templateRequired"));
            }
            templates.promote(actor, key, id, Long.parseLong(parts[0]), text, note, Integer.valueOf(parts[1]));
            redirect.addFlashAttribute("notice", "notice.retrospective.promoted");
            return "redirect:/process-templates/" + parts[0];
        } catch (TemplateVersionConflict e) {
            FormProblem.show(e, model, response, "promote");
            model.addAttribute("conflict", e);
            boardModel(actor, key, id, model);
            return "retrospective/board";
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "promote");
            boardModel(actor, key, id, model);
            return "retrospective/board";
        }
    }

    private String change(Actor actor, String key, long id, String section, Model model, HttpServletResponse response,
                          Supplier<RetrospectiveView> change) {
        try {
            change.get();
            return "redirect:/projects/" + key + "/retrospectives/" + id + "#" + section;
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, section);
            boardModel(actor, key, id, model);
            return "retrospective/board";
        }
    }

    private void listModel(Actor actor, String key, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("retrospectives", retrospectives.list(actor, key));
        model.addAttribute("mayTakePart", retrospectives.mayTakePart(actor, key));
    }

    private void boardModel(Actor actor, String key, long id, Model model) {
        RetrospectiveView retro = retrospectives.get(actor, key, id);
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("retro", retro);
        model.addAttribute("stages", Stage.values());
        // closing is a button of its own; the next stage is offered up to DISCUSS
        model.addAttribute("nextStage", retro.stage().ordinal() < Stage.DISCUSS.ordinal()
                ? Stage.values()[retro.stage().ordinal() + 1] : null);
        model.addAttribute("members", portfolio.members(actor, key));
        model.addAttribute("templates", templates.list());
    }
}
