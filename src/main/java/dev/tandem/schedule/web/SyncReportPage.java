package dev.tandem.schedule.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.schedule.SyncReport;
import dev.tandem.schedule.SyncReportMarkdown;
import dev.tandem.schedule.SyncReports;
import dev.tandem.shared.Actor;
import java.nio.charset.StandardCharsets;
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

    SyncReportPage(SyncReports reports, PortfolioManagement portfolio) {
        this.reports = reports;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/sync")
    String page(Actor actor, @PathVariable String key, @RequestParam(required = false) String week, Model model) {
        SyncReport report = reports.report(actor, key, week);
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("report", report);
        model.addAttribute("previousWeek", SyncReports.isoWeek(report.from().minusWeeks(1)));
        model.addAttribute("nextWeek", SyncReports.isoWeek(report.from().plusWeeks(1)));
        return "schedule/sync";
    }

    @GetMapping("/projects/{key}/sync.md")
    ResponseEntity<String> markdown(Actor actor, @PathVariable String key, @RequestParam(required = false) String week) {
        SyncReport report = reports.report(actor, key, week);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sync-" + report.project() + "-" + report.week() + ".md").build().toString())
                .body(SyncReportMarkdown.render(report));
    }
}
