package dev.tandem.register.web;

import dev.tandem.register.MeasuredSignals;
import dev.tandem.register.BufferStatus;
import dev.tandem.register.DebtFields;
import dev.tandem.register.DebtSeverity;
import dev.tandem.register.DebtStatus;
import dev.tandem.register.QualityGateSource;
import dev.tandem.register.RiskCategory;
import dev.tandem.register.RiskFields;
import dev.tandem.register.RiskManagement;
import dev.tandem.register.RiskStatus;
import dev.tandem.register.ScoreFields;
import dev.tandem.register.ScorecardManagement;
import dev.tandem.register.ScorecardView;
import dev.tandem.register.TechDebtManagement;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.system.FormProblem;
import dev.tandem.workitem.WorkItemManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The risk register, the tech-debt register with its report and fever chart, and the scorecards. */
@Controller
class RegisterPages {

    private final RiskManagement risks;
    private final TechDebtManagement debts;
    private final ScorecardManagement scorecards;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final List<MeasuredSignals> measured;
    private final List<QualityGateSource> qualityGates;

    RegisterPages(RiskManagement risks, TechDebtManagement debts, ScorecardManagement scorecards,
                  PortfolioManagement portfolio, WorkItemManagement workItems, List<MeasuredSignals> measured,
                  List<QualityGateSource> qualityGates) {
        this.measured = measured;
        this.qualityGates = qualityGates;
        this.risks = risks;
        this.debts = debts;
        this.scorecards = scorecards;
        this.portfolio = portfolio;
        this.workItems = workItems;
    }

    // risks

    @GetMapping("/projects/{key}/risks")
    String risks(Actor actor, @PathVariable String key, Model model) {
        return riskPage(actor, key, model);
    }

    @PostMapping("/projects/{key}/risks")
    String addRisk(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String title,
                   @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String probability,
                   @RequestParam(defaultValue = "") String impact, @RequestParam(defaultValue = "") String owner,
                   @RequestParam(defaultValue = "") String mitigation, @RequestParam(defaultValue = "") String contingency,
                   @RequestParam(defaultValue = "") String trigger, @RequestParam(defaultValue = "") String items,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> risks.create(actor, key, new RiskFields(title, category,
                        FormProblem.number(probability), FormProblem.number(impact), owner, mitigation, contingency, trigger,
                        null, FormProblem.keys(items))), "risk.notice.added", "/projects/" + key + "/risks", model, response,
                redirect, () -> riskPage(actor, key, model));
    }

    @PostMapping("/projects/{key}/risks/{number}")
    String updateRisk(Actor actor, @PathVariable String key, @PathVariable int number,
                      @RequestParam(defaultValue = "") String probability, @RequestParam(defaultValue = "") String impact,
                      @RequestParam(defaultValue = "") String status, @RequestParam(required = false) Long version,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> risks.update(actor, key, number, new RiskFields(null, null,
                        FormProblem.number(probability), FormProblem.number(impact), null, null, null, null,
                        status.isBlank() ? null : status, null), version), "risk.notice.updated",
                "/projects/" + key + "/risks", model, response, redirect, () -> riskPage(actor, key, model));
    }

    @PostMapping("/projects/{key}/risks/threshold")
    String threshold(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String threshold,
                     @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        return FormProblem.attempt(() -> risks.setThreshold(actor, key, FormProblem.number(threshold), version),
                "risk.notice.threshold", "/projects/" + key + "/risks", model, response, redirect,
                () -> riskPage(actor, key, model));
    }

    private String riskPage(Actor actor, String key, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        model.addAttribute("project", project);
        model.addAttribute("register", risks.register(actor, key));
        model.addAttribute("categories", RiskCategory.values());
        model.addAttribute("statuses", RiskStatus.values());
        model.addAttribute("members", portfolio.members(actor, key));
        model.addAttribute("mayEdit", project.may(Permission.EDIT_RISKS));
        model.addAttribute("maySetThreshold", project.may(Permission.EDIT_PROJECT));
        return "register/risks";
    }

    // tech debt

    @GetMapping("/projects/{key}/tech-debt")
    String debts(Actor actor, @PathVariable String key, Model model) {
        return debtPage(actor, key, model);
    }

    @PostMapping("/projects/{key}/tech-debt")
    String addDebt(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String title,
                   @RequestParam(defaultValue = "") String component, @RequestParam(defaultValue = "") String description,
                   @RequestParam(defaultValue = "") String interestHours, @RequestParam(defaultValue = "") String fixHours,
                   @RequestParam(defaultValue = "") String severity, @RequestParam(defaultValue = "false") boolean inBuffer,
                   @RequestParam(defaultValue = "") String items, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return FormProblem.attempt(() -> debts.create(actor, key, new DebtFields(title, component, description,
                        FormProblem.decimal("interestHours", interestHours), FormProblem.decimal("fixHours", fixHours),
                        severity, null, inBuffer, FormProblem.keys(items))), "debt.notice.added",
                "/projects/" + key + "/tech-debt", model, response, redirect, () -> debtPage(actor, key, model));
    }

    @PostMapping("/projects/{key}/tech-debt/{number}")
    String updateDebt(Actor actor, @PathVariable String key, @PathVariable int number,
                      @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "false") boolean inBuffer,
                      @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        return FormProblem.attempt(() -> debts.update(actor, key, number, new DebtFields(null, null, null, null, null,
                        null, status.isBlank() ? null : status, inBuffer, null), version), "debt.notice.updated",
                "/projects/" + key + "/tech-debt", model, response, redirect, () -> debtPage(actor, key, model));
    }

    @PostMapping("/projects/{key}/buffer")
    String buffer(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String bufferDays,
                  @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return FormProblem.attempt(() -> debts.setBuffer(actor, key, FormProblem.decimal("bufferDays", bufferDays), version),
                "debt.notice.buffer", "/projects/" + key + "/tech-debt#buffer", model, response, redirect,
                () -> debtPage(actor, key, model));
    }

    private String debtPage(Actor actor, String key, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        model.addAttribute("project", project);
        model.addAttribute("debts", debts.debts(actor, key));
        var report = debts.report(actor, key);
        model.addAttribute("report", report);
        model.addAttribute("fever", FeverChart.of(report.buffer()));
        model.addAttribute("severities", DebtSeverity.values());
        model.addAttribute("statuses", DebtStatus.values());
        model.addAttribute("zones", BufferStatus.Zone.values());
        model.addAttribute("mayEdit", project.may(Permission.EDIT_TECH_DEBT));
        model.addAttribute("maySetBuffer", project.may(Permission.EDIT_PROJECT));
        return "register/debt";
    }

    // scorecards

    @GetMapping("/projects/{key}/scorecards")
    String scorecards(Actor actor, @PathVariable String key, Model model) {
        return scorecardPage(actor, key, model);
    }

    @PostMapping("/projects/{key}/scorecards")
    String score(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String item,
                 @RequestParam(defaultValue = "") String feasibility, @RequestParam(defaultValue = "") String feasibilityRationale,
                 @RequestParam(defaultValue = "") String scalability, @RequestParam(defaultValue = "") String scalabilityRationale,
                 @RequestParam(defaultValue = "") String maintainability,
                 @RequestParam(defaultValue = "") String maintainabilityRationale,
                 @RequestParam(defaultValue = "") String risk, @RequestParam(defaultValue = "") String riskRationale,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> scorecards.score(actor, key, item, new ScoreFields(FormProblem.number(feasibility),
                        blankToNull(feasibilityRationale), FormProblem.number(scalability), blankToNull(scalabilityRationale),
                        FormProblem.number(maintainability), blankToNull(maintainabilityRationale),
                        FormProblem.number(risk), blankToNull(riskRationale))), "scorecard.notice.scored",
                "/projects/" + key + "/scorecards", model, response, redirect, () -> scorecardPage(actor, key, model));
    }

    @GetMapping("/scorecards")
    String portfolioScorecards(Actor actor, Model model) {
        model.addAttribute("cards", scorecards.portfolioView(actor));
        return "register/portfolio-scorecards";
    }

    private String scorecardPage(Actor actor, String key, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        model.addAttribute("project", project);
        var cards = scorecards.scorecards(actor, key);
        model.addAttribute("cards", cards);
        Map<String, MeasuredSignals.Signals> signals = new HashMap<>();
        measured.forEach(m -> signals.putAll(m.signalsOf(actor, key, cards.stream().map(ScorecardView::item).toList())));
        model.addAttribute("signals", measured.isEmpty() ? null : signals);
        model.addAttribute("candidates", workItems.all(actor, key).stream()
                .filter(i -> "feature".equals(i.type()) || "epic".equals(i.type())).toList());
        model.addAttribute("mayScore", project.may(Permission.SCORE_FEATURES));
        model.addAttribute("qualityGates", qualityGates.stream().flatMap(q -> q.latestGates(actor, key).stream()).toList());
        return "register/scorecards";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
