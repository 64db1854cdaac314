package dev.tandem.pmo.api;

import dev.tandem.pmo.PortfolioOverview;
import dev.tandem.pmo.PortfolioOverviews;
import dev.tandem.pmo.internal.PortfolioMarkdown;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Portfolio view", description = "The PMO's view across the projects of a portfolio")
class PortfolioApi {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final String DESCRIPTION = "Every project of the portfolio the caller can read (PMO staff and "
            + "administrators: every project), at most " + PortfolioOverviews.MAX_PROJECTS + ", with its health "
            + "(schedule, scope, budget, quality: GREEN, AMBER, RED or UNKNOWN by the rules in docs/contexts/pmo.md), "
            + "milestones (also on one timeline), top risks, change requests before the review board, scorecards and "
            + "DORA figures, and the people who belong to two or more of the projects with this week's scheduled "
            + "hours. Without `name` the first portfolio by name; a portfolio of which the caller sees no project is "
            + "404.";

    private final PortfolioOverviews overviews;
    private final PortfolioMarkdown markdown;

    PortfolioApi(PortfolioOverviews overviews, PortfolioMarkdown markdown) {
        this.overviews = overviews;
        this.markdown = markdown;
    }

    @Operation(summary = "The portfolio view", description = DESCRIPTION)
    @GetMapping(path = "/portfolio", produces = "application/json")
    PortfolioOverview portfolio(Actor actor,
                                @Parameter(description = "the portfolio's name") @RequestParam(required = false) String name) {
        return overviews.overview(actor, name);
    }

    /** The Markdown for the monthly alignment meeting, in the caller's language. */
    @GetMapping(path = "/portfolio", produces = "text/markdown")
    ResponseEntity<String> portfolioMarkdown(Actor actor, @RequestParam(required = false) String name, Locale locale) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(markdown.render(overviews.overview(actor, name), locale));
    }
}
