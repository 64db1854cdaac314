package dev.tandem.reporting.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.reporting.SyncReport;
import dev.tandem.reporting.SyncReports;
import dev.tandem.reporting.internal.SyncReportMarkdown;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The weekly project–engineering sync page and its Markdown download. */
@Controller
class SyncReportPage {

    private final SyncReports reports;
    private final PortfolioManagement portfolio;
    private final SyncReportMarkdown markdown;

    SyncReportPage(SyncReports reports, PortfolioManagement portfolio, SyncReportMarkdown markdown) {
        this.reports = reports;
        this.markdown = markdown;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/sync")
    String page(Actor actor, @PathVariable String key, @RequestParam(required = false) String week, Model model) {
        SyncReport report = reports.report(actor, key, week);
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("report", report);
        model.addAttribute("previousWeek", SyncReports.isoWeek(report.from().minusWeeks(1)));
        model.addAttribute("nextWeek", SyncReports.isoWeek(report.from().plusWeeks(1)));
        return "reporting/sync";
    }

    @GetMapping("/projects/{key}/sync.md")
    ResponseEntity<String> markdown(Actor actor, @PathVariable String key, @RequestParam(required = false) String week,
                                    Locale locale) {
        SyncReport report = reports.report(actor, key, week);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sync-" + report.project() + "-" + report.week() + ".md").build().toString())
                .body(markdown.render(report, locale));
    }
}
