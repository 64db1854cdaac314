package dev.tandem.schedule.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.schedule.SlipAttributions;
import dev.tandem.schedule.SlipReport;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Why a milestone or the project finish moved: the waterfall of causes and each cause followed to its source. */
@Controller
class SlipPage {

    private final SlipAttributions slips;
    private final PortfolioManagement portfolio;

    SlipPage(SlipAttributions slips, PortfolioManagement portfolio) {
        this.slips = slips;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/milestones/{itemKey}/slip")
    String milestone(Actor actor, @PathVariable String key, @PathVariable String itemKey,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     Model model, HttpServletResponse response) {
        model.addAttribute("itemKey", itemKey);
        return page(actor, key, from, to, model, response, () -> slips.milestone(actor, key, itemKey, from, day(to)));
    }

    @GetMapping("/projects/{key}/slip")
    String projectFinish(Actor actor, @PathVariable String key, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        return page(actor, key, from, to, model, response, () -> slips.projectFinish(actor, key, from, day(to)));
    }

    static final int QUARTER_DAYS = 91;
    static final List<String> KINDS = List.of("estimate", "late", "blocked", "scope", "change-request", "calendar",
            "people", "progress", "start");

    /** For the PMO: what moved each project's finish over the last quarter, by kind of cause. */
    @GetMapping("/slip")
    String acrossProjects(Actor actor, Model model) {
        var projects = slips.acrossProjects(actor, QUARTER_DAYS);
        Map<String, Integer> totals = new LinkedHashMap<>();
        KINDS.forEach(k -> totals.put(k, projects.stream().mapToInt(p -> p.daysByKind().getOrDefault(k, 0)).sum()));
        model.addAttribute("projects", projects);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("totals", totals);
        model.addAttribute("days", QUARTER_DAYS);
        return "schedule/slip-portfolio";
    }

    /** A question the history cannot answer shows why on the page, with the window form to ask another. */
    private String page(Actor actor, String key, String from, String to, Model model, HttpServletResponse response,
                        Supplier<SlipReport> report) {
        model.addAttribute("project", portfolio.project(actor, key));
        // the audit trail is read by administrators and the PMO only
        model.addAttribute("mayReadAudit", actor.oversees());
        model.addAttribute("from", from == null || from.isBlank() ? SlipAttributions.FROM_BASELINE : from.strip());
        model.addAttribute("to", to == null ? "" : to.strip());
        try {
            SlipReport slip = report.get();
            model.addAttribute("report", slip);
            model.addAttribute("chart", SlipChart.of(slip));
        } catch (ConflictException | InvalidInputException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("problem", Texts.of(e));
        }
        return "schedule/slip";
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("to", Text.of("problem.schedule.toNotADate", text.strip()));
        }
    }
}
