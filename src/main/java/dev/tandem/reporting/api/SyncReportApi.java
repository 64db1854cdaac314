package dev.tandem.reporting.api;

import dev.tandem.reporting.SyncReport;
import dev.tandem.reporting.SyncReports;
import dev.tandem.reporting.internal.SyncReportMarkdown;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Reporting", description = "The weekly project–engineering sync report")
class SyncReportApi {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

    private final SyncReports reports;
    private final SyncReportMarkdown markdown;

    SyncReportApi(SyncReports reports, SyncReportMarkdown markdown) {
        this.reports = reports;
        this.markdown = markdown;
    }

    @GetMapping(path = "/sync-report", produces = "application/json")
    SyncReport syncReport(Actor actor, @PathVariable String key, @RequestParam(required = false) String week) {
        return reports.report(actor, key, week);
    }

    /** The Markdown in the reader's language. */
    @GetMapping(path = "/sync-report", produces = "text/markdown")
    ResponseEntity<String> syncReportMarkdown(Actor actor, @PathVariable String key,
                                              @RequestParam(required = false) String week, Locale locale) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(markdown.render(reports.report(actor, key, week), locale));
    }
}
