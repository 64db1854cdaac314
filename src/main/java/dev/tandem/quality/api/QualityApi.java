package dev.tandem.quality.api;

import dev.tandem.quality.CoveragePoint;
import dev.tandem.quality.FindingView;
import dev.tandem.quality.QualityManagement;
import dev.tandem.quality.QualitySettingsView;
import dev.tandem.quality.ReportTooLargeException;
import dev.tandem.quality.ReportUpload;
import dev.tandem.quality.ReportView;
import dev.tandem.shared.Actor;
import dev.tandem.shared.Text;
import dev.tandem.system.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

@RestController
@RequestMapping("/api/v1/projects/{key}/quality")
@Tag(name = "Quality", description = "Static-analysis findings and coverage per commit, and the quality gate")
class QualityApi {

    private final QualityManagement quality;

    QualityApi(QualityManagement quality) {
        this.quality = quality;
    }

    record SettingsBody(@Size(max = 8000) String components, @Size(max = 16) String gateSeverity, Integer gateMaxNew,
                        BigDecimal gateMaxCoverageDrop, BigDecimal gateMinLineCoverage,
                        @Size(max = 16) String debtSeverity, Long version) {
    }

    @Operation(summary = "Publish a quality report",
            description = "The report is the request body as it is (SARIF 2.1.0 as JSON, JaCoCo or Cobertura XML, an "
                    + "LCOV tracefile), or the part 'file' of a multipart form. 'format' is sarif, jacoco, cobertura or "
                    + "lcov; 'commit' the commit it was made from (Tandem need not know it); item keys in 'branch' or "
                    + "'message' link the report to those items. SARIF is read as it streams in. A report that cannot "
                    + "be read gets 400 naming the line and column, one over the size limit (100 MB unless configured) "
                    + "413; either way nothing is stored. Answers the report with the gate's verdict.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/json", schema = @Schema(type = "object",
                            description = "a SARIF 2.1.0 log")),
                    @Content(mediaType = "application/xml", schema = @Schema(type = "string",
                            description = "a JaCoCo or Cobertura XML report")),
                    @Content(mediaType = "text/plain", schema = @Schema(type = "string", description = "an LCOV tracefile")),
                    @Content(mediaType = "multipart/form-data", schema = @Schema(type = "object",
                            description = "the report as the part 'file'"))}))
    @PostMapping("/reports")
    ResponseEntity<ReportView> publish(Actor actor, @PathVariable String key, @RequestParam String format,
                                       @RequestParam String commit, @RequestParam(required = false) String branch,
                                       @RequestParam(required = false) String message, HttpServletRequest request)
            throws IOException {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        ReportUpload upload = new ReportUpload(format, commit, branch, message);
        ReportView report;
        if (multipart != null) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                throw new dev.tandem.shared.InvalidInputException("file", Text.of("problem.quality.filePart"));
            }
            if (file.getSize() > quality.maxReportBytes()) {
                throw new ReportTooLargeException(quality.maxReportBytes());
            }
            try (InputStream in = file.getInputStream()) {
                report = quality.publish(actor, key, upload, in);
            }
        } else {
            if (request.getContentLengthLong() > quality.maxReportBytes()) {
                throw new ReportTooLargeException(quality.maxReportBytes());
            }
            report = quality.publish(actor, key, upload, request.getInputStream());
        }
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/quality/reports/" + report.id()))
                .body(report);
    }

    @Operation(summary = "The project's quality reports, newest first", description = "At most 'limit' (1 to 200).")
    @GetMapping("/reports")
    List<ReportView> reports(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "50") int limit) {
        return quality.reports(actor, key, limit);
    }

    @Operation(summary = "One report with its gate verdict and figures per component")
    @GetMapping("/reports/{id}")
    ReportView report(Actor actor, @PathVariable String key, @PathVariable long id) {
        return quality.report(actor, key, id);
    }

    @Operation(summary = "Findings of a report",
            description = "Optionally of one component and one state (new, open or fixed), the most severe first, "
                    + "at most 'limit' (1 to 500).")
    @GetMapping("/reports/{id}/findings")
    List<FindingView> findings(Actor actor, @PathVariable String key, @PathVariable long id,
                               @RequestParam(required = false) String component,
                               @RequestParam(required = false) String state,
                               @RequestParam(defaultValue = "500") int limit) {
        return quality.findings(actor, key, id, component, state, limit);
    }

    @Operation(summary = "Line and branch coverage over the coverage reports, oldest first",
            description = "Of the whole project, or of one component.")
    @GetMapping("/coverage")
    List<CoveragePoint> coverage(Actor actor, @PathVariable String key,
                                 @RequestParam(required = false) String component) {
        return quality.coverageTrend(actor, key, component);
    }

    @GetMapping("/settings")
    QualitySettingsView settings(Actor actor, @PathVariable String key) {
        return quality.settings(actor, key);
    }

    @Operation(summary = "Change the quality gate and the path mapping",
            description = "components: one 'glob = component' per line (** any folders, * within a name). The gate "
                    + "fails a findings report with more than gateMaxNew new findings at gateSeverity or worse, and a "
                    + "coverage report whose line coverage fell more than gateMaxCoverageDrop points or is below "
                    + "gateMinLineCoverage. Findings at debtSeverity or worse become tech-debt entries (none: off). "
                    + "A field left out keeps its value, except gateMinLineCoverage and debtSeverity, which are then "
                    + "off. Carries the version read; a stale one gets 409.")
    @PutMapping("/settings")
    QualitySettingsView changeSettings(Actor actor, @PathVariable String key, @Valid @RequestBody SettingsBody body) {
        return quality.changeSettings(actor, key, new QualitySettingsView(body.components(), body.gateSeverity(),
                body.gateMaxNew(), body.gateMaxCoverageDrop(), body.gateMinLineCoverage(), body.debtSeverity(), 0),
                body.version());
    }

    @ExceptionHandler(ReportTooLargeException.class)
    ProblemDetail tooLarge(ReportTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, Texts.render(e.text()));
        problem.setTitle(Texts.render(Text.of("problem.title.reportTooLarge")));
        return problem;
    }
}
