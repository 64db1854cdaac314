package dev.tandem.pmo.web;

import dev.tandem.pmo.HealthRules;
import dev.tandem.pmo.PortfolioOverview;
import dev.tandem.pmo.PortfolioOverviews;
import dev.tandem.pmo.internal.PortfolioMarkdown;
import dev.tandem.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The PMO's portfolio page and its Markdown for the monthly alignment meeting. */
@Controller
class PortfolioPage {

    private final PortfolioOverviews overviews;
    private final PortfolioMarkdown markdown;

    PortfolioPage(PortfolioOverviews overviews, PortfolioMarkdown markdown) {
        this.overviews = overviews;
        this.markdown = markdown;
    }

    @GetMapping("/portfolio")
    String page(Actor actor, @RequestParam(required = false) String name, Model model) {
        PortfolioOverview view = overviews.overview(actor, name);
        model.addAttribute("view", view);
        model.addAttribute("timelineChart", TimelineChart.of(view.timeline()));
        model.addAttribute("scheduleAmberDays", HealthRules.SCHEDULE_AMBER_DAYS);
        model.addAttribute("scopeRedChanges", HealthRules.SCOPE_RED_CHANGES);
        model.addAttribute("budgetGreenCpi", HealthRules.BUDGET_GREEN_CPI);
        model.addAttribute("budgetAmberCpi", HealthRules.BUDGET_AMBER_CPI);
        model.addAttribute("qualityStaleDays", HealthRules.QUALITY_STALE_DAYS);
        return "pmo/portfolio";
    }

    @GetMapping("/portfolio.md")
    ResponseEntity<String> markdown(Actor actor, @RequestParam(required = false) String name, Locale locale) {
        PortfolioOverview view = overviews.overview(actor, name);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("portfolio-" + view.week() + ".md", StandardCharsets.UTF_8).build().toString())
                .body(markdown.render(view, locale));
    }
}
