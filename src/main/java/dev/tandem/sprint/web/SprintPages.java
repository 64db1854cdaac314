package dev.tandem.sprint.web;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.system.FormProblem;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.sprint.Burndown;
import dev.tandem.sprint.SprintDraft;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.sprint.SprintState;
import dev.tandem.sprint.SprintView;
import dev.tandem.sprint.Velocity;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sprints of a project: plan, start and complete them; one sprint's capacity, burndown, burnup and history. */
@Controller
@RequestMapping("/projects/{key}/sprints")
class SprintPages {

    static final int VELOCITY_SPRINTS = 6;

    private final PortfolioManagement portfolio;
    private final SprintManagement sprints;
    private final IdentityManagement identity;
    private final Clock clock;

    SprintPages(PortfolioManagement portfolio, SprintManagement sprints, IdentityManagement identity, Clock clock) {
        this.portfolio = portfolio;
        this.sprints = sprints;
        this.identity = identity;
        this.clock = clock;
    }

    /** The plan form as sent; dates stay text so that a bad one is shown next to the form. */
    record PlanForm(String name, String goal, String startDate, String endDate) {
    }

    @GetMapping
    String list(Actor actor, @PathVariable String key, Model model) {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return list(actor, key, new PlanForm("", "", monday.toString(), monday.plusDays(11).toString()), model);
    }

    private String list(Actor actor, String key, PlanForm form, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        List<SprintView> all = sprints.sprints(actor, key);
        Velocity velocity = sprints.velocity(actor, key, VELOCITY_SPRINTS);
        model.addAttribute("project", project);
        model.addAttribute("active", all.stream().filter(s -> s.state() == SprintState.ACTIVE).toList());
        model.addAttribute("planned", all.stream().filter(s -> s.state() == SprintState.PLANNED).toList());
        model.addAttribute("completed", all.stream().filter(s -> s.state() == SprintState.COMPLETED).toList());
        model.addAttribute("velocity", velocity);
        model.addAttribute("velocityChart", SprintCharts.velocity(velocity));
        model.addAttribute("mayManage", project.may(Permission.MANAGE_SPRINTS));
        model.addAttribute("form", form);
        return "sprints/list";
    }

    @PostMapping
    String plan(Actor actor, @PathVariable String key, @ModelAttribute PlanForm form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        try {
            SprintView sprint = sprints.plan(actor, key, new SprintDraft(form.name(), form.goal(),
                    date("startDate", form.startDate()), date("endDate", form.endDate())));
            redirect.addFlashAttribute("notice", "sprint.notice.planned");
            return "redirect:/projects/" + sprint.projectKey() + "/sprints";
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "plan");
            return list(actor, key, form, model);
        }
    }

    @PostMapping("/{id}/start")
    String start(Actor actor, @PathVariable String key, @PathVariable long id,
                 @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        return act(actor, key, model, response, redirect, "sprint.notice.started",
                () -> sprints.start(actor, key, id, version));
    }

    @PostMapping("/{id}/complete")
    String complete(Actor actor, @PathVariable String key, @PathVariable long id,
                    @RequestParam(required = false) Long version, @RequestParam(required = false) String carryOver,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(actor, key, model, response, redirect, "sprint.notice.completed",
                () -> sprints.complete(actor, key, id, carryOver, version));
    }

    @PostMapping("/{id}/items/{itemKey}/remove")
    String remove(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable String itemKey,
                  @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return act(actor, key, model, response, redirect, "sprint.notice.removed",
                () -> sprints.removeItem(actor, key, id, itemKey, version));
    }

    /** Saves the edit form of a sprint that is not completed; a refusal is shown beside the form. */
    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable String key, @PathVariable long id, @ModelAttribute PlanForm form,
                  @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            sprints.update(actor, key, id, new SprintDraft(form.name(), form.goal() == null ? "" : form.goal(),
                    date("startDate", form.startDate()), date("endDate", form.endDate())), version);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "edit");
            model.addAttribute("form", form);
            return sprint(actor, key, id, model);
        }
        redirect.addFlashAttribute("notice", "sprint.notice.saved");
        return "redirect:/projects/" + key + "/sprints/" + id;
    }

    @GetMapping("/{id}")
    String sprint(Actor actor, @PathVariable String key, @PathVariable long id, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        SprintView sprint = sprints.sprint(actor, key, id);
        Burndown burndown = sprints.burndown(actor, key, id);
        model.addAttribute("project", project);
        model.addAttribute("sprint", sprint);
        model.addAttribute("capacity", sprints.capacity(actor, key, id));
        model.addAttribute("burndown", burndown);
        model.addAttribute("burndownChart", SprintCharts.burndown(burndown));
        model.addAttribute("burnupChart", SprintCharts.burnup(burndown));
        model.addAttribute("history", SprintHistoryLines.of(sprints.history(actor, key, id), identity.list().stream()
                .collect(Collectors.toMap(PersonSummary::username, PersonSummary::displayName))));
        model.addAttribute("mayManage", project.may(Permission.MANAGE_SPRINTS));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PlanForm(sprint.name(), sprint.goal(), sprint.startDate().toString(),
                    sprint.endDate().toString()));
        }
        return "sprints/sprint";
    }

    private String act(Actor actor, String key, Model model, HttpServletResponse response, RedirectAttributes redirect,
                       String notice, Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
            LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return list(actor, key, new PlanForm("", "", monday.toString(), monday.plusDays(11).toString()), model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/projects/" + key + "/sprints";
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Text.of("problem.date", value.strip()));
        }
    }
}
