package dev.tandem.earnedvalue.web;

import dev.tandem.earnedvalue.EarnedValueManagement;
import dev.tandem.earnedvalue.EarnedValueReport;
import dev.tandem.earnedvalue.EarnedValueReport.Group;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The project's earned value: the S-curve and the figures, each with what it means. */
@Controller
class EarnedValuePage {

    private final EarnedValueManagement earnedValue;
    private final PortfolioManagement portfolio;

    EarnedValuePage(EarnedValueManagement earnedValue, PortfolioManagement portfolio) {
        this.earnedValue = earnedValue;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/earned-value")
    String page(Actor actor, @PathVariable String key, Model model) {
        return show(actor, earnedValue.report(actor, key), model);
    }

    /** The PM's choice of how progress earns value; a refusal stays on the page with the reason. */
    @PostMapping("/projects/{key}/earned-value/rule")
    String rule(Actor actor, @PathVariable String key, @RequestParam(required = false) String progressRule,
                @RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
        try {
            earnedValue.setProgressRule(actor, key, progressRule, version);
            return "redirect:/projects/" + key + "/earned-value";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("problem", Texts.of(e));
            return show(actor, earnedValue.report(actor, key), model);
        }
    }

    private String show(Actor actor, EarnedValueReport report, Model model) {
        String key = report.project();
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("mayChooseRule", portfolio.access(actor, key, Permission.VIEW_PROJECT).may(Permission.EDIT_PROJECT));
        model.addAttribute("rules", List.of("ZERO_HUNDRED", "FIFTY_FIFTY", "REMAINING"));
        model.addAttribute("report", report);
        model.addAttribute("chart", report.curve().isEmpty() ? null : SCurve.of(report));
        model.addAttribute("groups", java.util.stream.Stream.concat(report.milestones().stream(), report.epics().stream())
                .toList());
        model.addAttribute("figures", report.total() == null ? List.of() : figures(report.total()));
        return "earnedvalue/earned-value";
    }

    /** For the projects page: SPI and CPI of each project the reader sees that has a baseline. */
    @GetMapping("/earned-value/overview")
    String overview(Actor actor, Model model) {
        model.addAttribute("rows", portfolio.visibleProjects(actor).stream()
                .flatMap(p -> earnedValue.summary(actor, p.key()).map(g -> new Row(p.key(), p.name(), g)).stream())
                .toList());
        return "earnedvalue/overview :: overview";
    }

    record Row(String key, String name, Group figures) {
    }

    /** One line of the figures table: the figure's name (its message keys) and its value as shown. */
    record Figure(String name, Object value, boolean money) {
    }

    private static List<Figure> figures(Group g) {
        return List.of(new Figure("bac", g.bac(), true), new Figure("pv", g.pv(), true), new Figure("ev", g.ev(), true),
                new Figure("ac", g.ac(), true), new Figure("sv", g.sv(), true), new Figure("cv", g.cv(), true),
                new Figure("spi", g.spi(), false), new Figure("cpi", g.cpi(), false),
                new Figure("eacByCpi", g.eacByCpi(), true), new Figure("eacAtBudgetRate", g.eacAtBudgetRate(), true),
                new Figure("eacByCpiAndSpi", g.eacByCpiAndSpi(), true), new Figure("etc", g.etc(), true),
                new Figure("vac", g.vac(), true), new Figure("tcpi", g.tcpi(), false),
                new Figure("es", g.earnedScheduleDays(), false), new Figure("at", g.actualTimeDays(), false),
                new Figure("spiT", g.spiT(), false), new Figure("ieacT", g.ieacTDays(), false),
                new Figure("plannedFinish", g.plannedFinish(), false),
                new Figure("forecastFinish", g.forecastFinish(), false));
    }
}
