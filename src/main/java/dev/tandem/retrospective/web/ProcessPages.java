package dev.tandem.retrospective.web;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.retrospective.ProcessTemplateManagement;
import dev.tandem.retrospective.TemplateVersionConflict;
import dev.tandem.retrospective.TemplateViews;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.system.FormProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's process templates (list; one template with its history, a diff of two versions and, for PMO
 * staff and admins, a form for the next version) and a project's "Process" page: the version of each template it
 * uses, what changed since, and "adopt the current version". A change against an older version answers 409 with the
 * version it started from, the current one and the text sent, side by side.
 */
@Controller
class ProcessPages {

    private final ProcessTemplateManagement templates;
    private final PortfolioManagement portfolio;

    ProcessPages(ProcessTemplateManagement templates, PortfolioManagement portfolio) {
        this.templates = templates;
        this.portfolio = portfolio;
    }

    @GetMapping("/process-templates")
    String list(Actor actor, Model model) {
        model.addAttribute("templates", templates.list());
        return "retrospective/templates";
    }

    @GetMapping("/process-templates/{id}")
    String template(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer from,
                    @RequestParam(required = false) Integer to, Model model, HttpServletResponse response) {
        TemplateViews.Template template = templates.get(id);
        if (from != null || to != null) {
            try {
                model.addAttribute("diff", templates.diff(id, from == null ? 1 : from,
                        to == null ? template.template().currentVersion() : to));
            } catch (InvalidInputException e) {
                FormProblem.show(e, model, response, "diff");
            }
        }
        templateModel(actor, template, model);
        return "retrospective/template";
    }

    @PostMapping("/process-templates/{id}/versions")
    String version(Actor actor, @PathVariable long id, @RequestParam(required = false) String body,
                   @RequestParam(required = false) String note, @RequestParam(required = false) Integer baseVersion,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            templates.addVersion(actor, id, body, note, baseVersion);
            redirect.addFlashAttribute("notice", "notice.template.saved");
            return "redirect:/process-templates/" + id;
        } catch (TemplateVersionConflict e) {
            FormProblem.show(e, model, response, "edit");
            model.addAttribute("conflict", e);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "edit");
            model.addAttribute("entered", body);
        }
        templateModel(actor, templates.get(id), model);
        return "retrospective/template";
    }

    @GetMapping("/projects/{key}/process")
    String process(Actor actor, @PathVariable String key, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("adoptions", templates.process(actor, key));
        model.addAttribute("mayAdopt", portfolio.access(actor, key, Permission.VIEW_PROJECT).may(Permission.EDIT_PROJECT));
        return "retrospective/process";
    }

    @PostMapping("/projects/{key}/process/{templateId}/adopt")
    String adopt(Actor actor, @PathVariable String key, @PathVariable long templateId, RedirectAttributes redirect) {
        templates.adopt(actor, key, templateId);
        redirect.addFlashAttribute("notice", "notice.template.adopted");
        return "redirect:/projects/" + key + "/process#template-" + templateId;
    }

    private static void templateModel(Actor actor, TemplateViews.Template template, Model model) {
        model.addAttribute("template", template);
        model.addAttribute("mayEdit", ProcessTemplateManagement.mayEdit(actor));
    }
}
