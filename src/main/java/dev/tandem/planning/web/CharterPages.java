package dev.tandem.planning.web;

import dev.tandem.planning.AdrFields;
import dev.tandem.planning.Alternative;
import dev.tandem.planning.CharterFields;
import dev.tandem.planning.CharterManagement;
import dev.tandem.planning.CharterView;
import dev.tandem.planning.DifficultyFields;
import dev.tandem.planning.FeasibilityManagement;
import dev.tandem.planning.KickoffFields;
import dev.tandem.planning.KickoffManagement;
import dev.tandem.planning.MetricFields;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.schedule.BaselinePolicy;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.Text;
import dev.tandem.system.FormProblem;
import dev.tandem.system.Markdown;
import dev.tandem.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The charter page (texts, milestones, ADRs, difficulties, metrics, sign-offs, first baseline) and the kick-off page. */
@Controller
@RequestMapping("/projects/{key}")
class CharterPages {

    private final CharterManagement charters;
    private final KickoffManagement kickoffs;
    private final FeasibilityManagement feasibility;
    private final ScheduleManagement schedules;
    private final List<BaselinePolicy> policies;
    private final PortfolioManagement portfolio;
    private final Markdown markdown;

    CharterPages(CharterManagement charters, KickoffManagement kickoffs, FeasibilityManagement feasibility,
                 ScheduleManagement schedules, List<BaselinePolicy> policies, PortfolioManagement portfolio,
                 Markdown markdown) {
        this.charters = charters;
        this.kickoffs = kickoffs;
        this.feasibility = feasibility;
        this.schedules = schedules;
        this.policies = policies;
        this.portfolio = portfolio;
        this.markdown = markdown;
    }

    @GetMapping("/charter")
    String charter(Actor actor, @PathVariable String key, Model model) {
        return page(actor, key, model);
    }

    @PostMapping("/charter")
    String update(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String vision,
                  @RequestParam(defaultValue = "") String businessValue, @RequestParam(defaultValue = "") String scopeIn,
                  @RequestParam(defaultValue = "") String scopeOut,
                  @RequestParam(defaultValue = "") String architectureSummary, @RequestParam(required = false) Long version,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> charters.update(actor, key, new CharterFields(vision, businessValue, scopeIn,
                        scopeOut, architectureSummary), version), "charter.notice.saved", "/projects/" + key + "/charter",
                model, response, redirect, () -> page(actor, key, model));
    }

    @PostMapping("/charter/adrs")
    String addAdr(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "") String context, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String consequences, @RequestParam(defaultValue = "proposed") String status,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> charters.addAdr(actor, key, new AdrFields(title, context, decision, consequences,
                        status, null)), "charter.notice.adr", "/projects/" + key + "/charter#adrs", model, response, redirect,
                () -> page(actor, key, model));
    }

    @PostMapping("/charter/adrs/{number}")
    String updateAdr(Actor actor, @PathVariable String key, @PathVariable int number,
                     @RequestParam(defaultValue = "") String status, @RequestParam(required = false) String supersededBy,
                     @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        return FormProblem.attempt(() -> charters.updateAdr(actor, key, number, new AdrFields(null, null, null, null,
                        status, "SUPERSEDED".equalsIgnoreCase(status) ? FormProblem.number(supersededBy) : null), version),
                "charter.notice.adr", "/projects/" + key + "/charter#adrs", model, response, redirect,
                () -> page(actor, key, model));
    }

    @PostMapping("/charter/difficulties")
    String addDifficulty(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String title,
                         @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String owner,
                         @RequestParam(defaultValue = "") String chosen, @RequestParam(defaultValue = "") String fallback,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<Alternative> alternatives = new ArrayList<>();
        alternatives.add(new Alternative(chosen, true));
        if (!fallback.isBlank()) {
            alternatives.add(new Alternative(fallback, false));
        }
        return FormProblem.attempt(() -> charters.addDifficulty(actor, key, new DifficultyFields(title, description, owner,
                        alternatives)), "charter.notice.difficulty", "/projects/" + key + "/charter#difficulties", model,
                response, redirect, () -> page(actor, key, model));
    }

    @PostMapping("/charter/metrics")
    String addMetric(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String direction,
                     @RequestParam(defaultValue = "") String baseline, @RequestParam(defaultValue = "") String target,
                     @RequestParam(defaultValue = "") String actual, @RequestParam(defaultValue = "manual") String source,
                     @RequestParam(defaultValue = "4") String windowWeeks, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        return FormProblem.attempt(() -> charters.addMetric(actor, key, new MetricFields(name, unit, direction,
                        FormProblem.decimal("baseline", baseline), FormProblem.decimal("target", target),
                        FormProblem.decimal("actual", actual), source, FormProblem.number(windowWeeks))),
                "charter.notice.metric", "/projects/" + key + "/charter#metrics", model, response, redirect,
                () -> page(actor, key, model));
    }

    @PostMapping("/charter/metrics/{id}/surveys")
    String addSurvey(Actor actor, @PathVariable String key, @PathVariable long id,
                     @RequestParam(defaultValue = "") String takenOn, @RequestParam(defaultValue = "") String score,
                     @RequestParam(defaultValue = "") String respondents, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        return FormProblem.attempt(() -> charters.addSurveyResult(actor, key, id, FormProblem.date("takenOn", takenOn),
                        FormProblem.decimal("score", score), FormProblem.number(respondents)), "charter.notice.survey",
                "/projects/" + key + "/charter#metrics", model, response, redirect, () -> page(actor, key, model));
    }

    @PostMapping("/charter/signoff")
    String signOff(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String comment, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> feasibility.signOff(actor, key, comment), "charter.notice.signedOff",
                "/projects/" + key + "/charter#feasibility", model, response, redirect, () -> page(actor, key, model));
    }

    @PostMapping("/charter/baseline")
    String baseline(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String name, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> schedules.captureBaseline(actor, key, name), "charter.notice.baseline",
                "/projects/" + key + "/charter#feasibility", model, response, redirect, () -> page(actor, key, model));
    }

    private String page(Actor actor, String key, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        CharterView charter = charters.charter(actor, key);
        model.addAttribute("project", project);
        model.addAttribute("charter", charter);
        Map<String, String> html = new LinkedHashMap<>();
        html.put("vision", markdown.toHtml(charter.vision()));
        html.put("businessValue", markdown.toHtml(charter.businessValue()));
        html.put("scopeIn", markdown.toHtml(charter.scopeIn()));
        html.put("scopeOut", markdown.toHtml(charter.scopeOut()));
        html.put("architectureSummary", markdown.toHtml(charter.architectureSummary()));
        model.addAttribute("html", html);
        model.addAttribute("unwritten", html.values().stream().allMatch(String::isEmpty));
        model.addAttribute("history", charters.history(actor, key).stream().limit(30).toList());
        model.addAttribute("mayEdit", project.may(Permission.EDIT_CHARTER));
        model.addAttribute("maySignOff", project.role() == ProjectRole.EM || project.role() == ProjectRole.ARCHITECT);
        boolean baselined = !schedules.baselines(actor, key).isEmpty();
        model.addAttribute("baselined", baselined);
        model.addAttribute("mayBaseline", project.may(Permission.EDIT_PROJECT));
        Optional<Text> refusal = baselined ? Optional.empty() : policies.stream()
                .map(p -> p.refusalOfFirstBaseline(project.id(), project.key())).flatMap(Optional::stream).findFirst();
        model.addAttribute("baselineRefusal", refusal.map(Texts::render).orElse(null));
        model.addAttribute("members", portfolio.members(actor, key));
        model.addAttribute("kickoff", kickoffs.kickoff(actor, key));
        return "planning/charter";
    }

    // kick-off

    @GetMapping("/kickoff")
    String kickoff(Actor actor, @PathVariable String key, Model model) {
        return kickoffPage(actor, key, model);
    }

    @PostMapping("/kickoff")
    String recordKickoff(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String heldOn,
                         @RequestParam(required = false) List<String> participants,
                         @RequestParam(defaultValue = "false") boolean agreedValue,
                         @RequestParam(defaultValue = "false") boolean agreedDifficulties,
                         @RequestParam(defaultValue = "false") boolean agreedMetrics,
                         @RequestParam(defaultValue = "") String decisions, @RequestParam(required = false) Long version,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> kickoffs.record(actor, key, new KickoffFields(FormProblem.date("heldOn", heldOn),
                        participants, agreedValue, agreedDifficulties, agreedMetrics, decisions), version),
                "kickoff.notice.saved", "/projects/" + key + "/kickoff", model, response, redirect,
                () -> kickoffPage(actor, key, model));
    }

    @PostMapping("/kickoff/actions")
    String addAction(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String title,
                     @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String due,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> kickoffs.addAction(actor, key, title, owner, FormProblem.date("due", due)),
                "kickoff.notice.action", "/projects/" + key + "/kickoff#actions", model, response, redirect,
                () -> kickoffPage(actor, key, model));
    }

    @PostMapping("/kickoff/actions/{id}/accept")
    String accept(Actor actor, @PathVariable String key, @PathVariable long id, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> kickoffs.acceptAction(actor, key, id), "kickoff.notice.accepted",
                "/projects/" + key + "/kickoff#actions", model, response, redirect, () -> kickoffPage(actor, key, model));
    }

    private String kickoffPage(Actor actor, String key, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        model.addAttribute("project", project);
        var kickoff = kickoffs.kickoff(actor, key);
        model.addAttribute("kickoff", kickoff);
        model.addAttribute("decisionsHtml", markdown.toHtml(kickoff.decisions()));
        model.addAttribute("members", portfolio.members(actor, key));
        model.addAttribute("participantNames", kickoff.participants().stream()
                .map(dev.tandem.planning.KickoffView.Participant::username).toList());
        model.addAttribute("mayEdit", project.may(Permission.EDIT_CHARTER));
        return "planning/kickoff";
    }
}
