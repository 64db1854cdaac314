package dev.tandem.quality.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.quality.CoveragePoint;
import dev.tandem.quality.QualityManagement;
import dev.tandem.quality.QualitySettingsView;
import dev.tandem.quality.ReportTooLargeException;
import dev.tandem.quality.ReportUpload;
import dev.tandem.quality.ReportView;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.FormProblem;
import dev.tandem.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project's quality reports with the coverage trend, one report, and the gate with the path mapping. */
@Controller
class QualityPages {

    private final QualityManagement quality;
    private final PortfolioManagement portfolio;

    QualityPages(QualityManagement quality, PortfolioManagement portfolio) {
        this.quality = quality;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/quality")
    String reports(Actor actor, @PathVariable String key, @RequestParam(required = false) String component, Model model) {
        return reportsPage(actor, key, component, model);
    }

    @PostMapping("/projects/{key}/quality/reports")
    String upload(Actor actor, @PathVariable String key, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "") String format, @RequestParam(defaultValue = "") String commit,
                  @RequestParam(required = false) String branch, @RequestParam(required = false) String message,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", Text.of("problem.quality.chooseReport"));
            }
            if (file.getSize() > quality.maxReportBytes()) {
                throw new ReportTooLargeException(quality.maxReportBytes());
            }
            ReportView report;
            try (InputStream in = file.getInputStream()) {
                report = quality.publish(actor, key, new ReportUpload(format, commit, branch, message), in);
            }
            redirect.addFlashAttribute("notice", "quality.notice.published");
            return "redirect:/projects/" + key + "/quality/reports/" + report.id();
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "upload");
        } catch (ReportTooLargeException e) {
            response.setStatus(413);
            model.addAttribute("problemStatus", 413);
            model.addAttribute("problemSection", "upload");
            model.addAttribute("problem", Texts.render(e.text()));
        }
        return reportsPage(actor, key, null, model);
    }

    @GetMapping("/projects/{key}/quality/reports/{id}")
    String report(Actor actor, @PathVariable String key, @PathVariable long id,
                  @RequestParam(required = false) String component, Model model) {
        ReportView report = quality.report(actor, key, id);
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("report", report);
        model.addAttribute("component", component == null || component.isBlank() ? null : component);
        if (report.kind().equals("FINDINGS")) {
            model.addAttribute("rules", quality.rules(actor, key, id));
            model.addAttribute("findings", quality.findings(actor, key, id, component, null, 200));
        }
        return "quality/report";
    }

    @GetMapping("/projects/{key}/quality/settings")
    String settings(Actor actor, @PathVariable String key, Model model) {
        return settingsPage(actor, key, quality.settings(actor, key), model);
    }

    @PostMapping("/projects/{key}/quality/settings")
    String saveSettings(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String components,
                        @RequestParam(defaultValue = "HIGH") String gateSeverity,
                        @RequestParam(defaultValue = "0") String gateMaxNew,
                        @RequestParam(defaultValue = "") String gateMaxCoverageDrop,
                        @RequestParam(defaultValue = "") String gateMinLineCoverage,
                        @RequestParam(defaultValue = "") String debtSeverity, @RequestParam(required = false) Long version,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        QualitySettingsView wanted;
        try {
            Integer maxNew = FormProblem.number(gateMaxNew);
            wanted = new QualitySettingsView(components, gateSeverity, maxNew == null ? 0 : maxNew,
                    FormProblem.decimal("gateMaxCoverageDrop", gateMaxCoverageDrop),
                    FormProblem.decimal("gateMinLineCoverage", gateMinLineCoverage), debtSeverity,
                    version == null ? 0 : version);
        } catch (InvalidInputException e) {
            FormProblem.show(e, model, response, null);
            return settingsPage(actor, key, quality.settings(actor, key), model);
        }
        QualitySettingsView typed = wanted;
        return FormProblem.attempt(() -> quality.changeSettings(actor, key, typed, version), "quality.notice.saved",
                "/projects/" + key + "/quality/settings", model, response, redirect,
                () -> settingsPage(actor, key, typed, model));
    }

    private String reportsPage(Actor actor, String key, String component, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("reports", quality.reports(actor, key, 50));
        List<CoveragePoint> trend = quality.coverageTrend(actor, key, component);
        model.addAttribute("trend", trend);
        model.addAttribute("chart", trend.isEmpty() ? null : CoverageChart.of(trend));
        model.addAttribute("component", component == null || component.isBlank() ? null : component);
        model.addAttribute("mayPublish", quality.mayPublish(actor, key));
        model.addAttribute("mayConfigure", quality.mayConfigure(actor, key));
        model.addAttribute("maxMegabytes", quality.maxReportBytes() / (1024 * 1024));
        return "quality/reports";
    }

    private String settingsPage(Actor actor, String key, QualitySettingsView shown, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("settings", shown);
        model.addAttribute("current", quality.settings(actor, key));
        model.addAttribute("mayConfigure", quality.mayConfigure(actor, key));
        model.addAttribute("severities", List.of("CRITICAL", "HIGH", "MEDIUM", "LOW"));
        return "quality/settings";
    }
}
