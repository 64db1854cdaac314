package dev.tandem.interchange.web;

import dev.tandem.interchange.ImportAnswer;
import dev.tandem.interchange.ImportJobView;
import dev.tandem.interchange.ImportJobs;
import dev.tandem.interchange.InterchangeManagement;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.FormProblem;
import dev.tandem.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The "Import / export" page of a project. An upload is checked and kept, then run as a dry run whose report shows
 * every row, the warnings, the refused rows by line and (for Jira) the mapping of statuses and types, which the person
 * may change and check again before importing. The import itself runs in the background: its page shows the progress
 * and then the report. Exports need only to see the project.
 */
@Controller
class InterchangePages {

    private final InterchangeManagement interchange;
    private final PortfolioManagement portfolio;
    private final ImportJobs jobs;

    InterchangePages(InterchangeManagement interchange, PortfolioManagement portfolio, ImportJobs jobs) {
        this.interchange = interchange;
        this.portfolio = portfolio;
        this.jobs = jobs;
    }

    @GetMapping("/projects/{key}/interchange")
    String page(Actor actor, @PathVariable String key, Model model) {
        prepare(actor, key, model);
        return "interchange/page";
    }

    @GetMapping("/projects/{key}/interchange/ms-project")
    ResponseEntity<byte[]> msProject(Actor actor, @PathVariable String key) {
        return download(interchange.exportMsProject(actor, key), MediaType.APPLICATION_XML, key + "-plan.xml");
    }

    @GetMapping("/projects/{key}/interchange/items.csv")
    ResponseEntity<byte[]> itemsCsv(Actor actor, @PathVariable String key) {
        return download(interchange.exportItemsCsv(actor, key),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), key + "-items.csv");
    }

    @GetMapping("/projects/{key}/interchange/items.xlsx")
    ResponseEntity<byte[]> itemsXlsx(Actor actor, @PathVariable String key) {
        return download(interchange.exportItemsXlsx(actor, key), MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), key + "-items.xlsx");
    }

    @PostMapping("/projects/{key}/imports/upload")
    String upload(Actor actor, @PathVariable String key, @RequestParam(required = false) String format,
                  @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        prepare(actor, key, model);
        model.addAttribute("format", format);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", Text.of("problem.interchange.fileRequired"));
            }
            interchange.checkSize(file.getSize());
            String id = interchange.upload(actor, key, format == null ? "" : format, file.getOriginalFilename(),
                    file.getBytes());
            return report(actor, key, id, true, Map.of(), Map.of(), Map.of(), model, response);
        } catch (ResponseStatusException e) {
            tooLarge(e, model, response);
        } catch (InvalidInputException e) {
            FormProblem.show(e, model, response, "import");
        }
        return "interchange/page";
    }

    /** The mapping step's form: {@code action} is {@code check} (another dry run) or {@code import}. */
    @PostMapping("/projects/{key}/imports/uploads/{id}")
    String importUpload(Actor actor, @PathVariable String key, @PathVariable String id,
                        @RequestParam(defaultValue = "check") String action, @RequestParam Map<String, String> params,
                        Model model, HttpServletResponse response) {
        prepare(actor, key, model);
        Map<String, String> statusMap = new LinkedHashMap<>();
        Map<String, String> typeMap = new LinkedHashMap<>();
        Map<String, String> columnMap = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("status:") && !value.isBlank()) {
                statusMap.put(name.substring(7), value);
            } else if (name.startsWith("type:") && !value.isBlank()) {
                typeMap.put(name.substring(5), value);
            } else if (name.startsWith("column:") && !value.isBlank()) {
                columnMap.put(name.substring(7), value);
            }
        });
        try {
            return report(actor, key, id, !"import".equals(action), statusMap, typeMap, columnMap, model, response);
        } catch (InvalidInputException e) {
            FormProblem.show(e, model, response, "import");
        }
        return "interchange/page";
    }

    private String report(Actor actor, String key, String id, boolean dryRun, Map<String, String> statusMap,
                          Map<String, String> typeMap, Map<String, String> columnMap, Model model,
                          HttpServletResponse response) {
        model.addAttribute("uploadId", id);
        try {
            ImportAnswer answer = interchange.importUpload(actor, key, id, dryRun, statusMap, typeMap, columnMap);
            if (answer.job() != null) {
                // a large file's dry run runs as a job too; its page then offers the mapping step on the same upload
                return "redirect:/projects/" + key + "/imports/jobs/" + answer.job().id()
                        + (answer.job().dryRun() ? "?upload=" + id : "");
            }
            model.addAttribute("report", answer.report());
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("problemStatus", 409);
            model.addAttribute("problemSection", "import");
            model.addAttribute("problem", Texts.of(e));
        }
        return "interchange/page";
    }

    /**
     * An import's page: its progress while it runs (the status line asks again every second), then its report; a
     * refused one shows its rows, and the file stays uploaded for another try.
     */
    @GetMapping("/projects/{key}/imports/jobs/{id}")
    String job(Actor actor, @PathVariable String key, @PathVariable UUID id,
               @RequestParam(required = false) String upload, Model model, HttpServletResponse response) {
        prepare(actor, key, model);
        ImportJobView job = jobs.get(actor, key, id);
        model.addAttribute("job", job);
        model.addAttribute("report", job.result());
        if (job.dryRun() && upload != null && upload.length() <= 36) {
            model.addAttribute("uploadId", upload);  // the upload is found for its uploader only
        }
        if (job.state().equals("done") && !job.dryRun()) {
            model.addAttribute("notice", "interchange.import.done");
        }
        return "interchange/page";
    }

    /** The running import's status line; once it has finished the whole page reloads to show the result. */
    @GetMapping("/projects/{key}/imports/jobs/{id}/status")
    String jobStatus(Actor actor, @PathVariable String key, @PathVariable UUID id, Model model,
                     HttpServletResponse response) {
        ImportJobView job = jobs.get(actor, key, id);
        if (job.finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("job", job);
        return "interchange/page :: job";
    }

    private void prepare(Actor actor, String key, Model model) {
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("mayImport", portfolio.access(actor, key, Permission.VIEW_PROJECT).may(Permission.IMPORT_PLANS));
        model.addAttribute("maxMegabytes", Math.max(1, interchange.maxImportSize() / (1024 * 1024)));
        model.addAttribute("statuses", interchange.statusNames(actor, key));
        model.addAttribute("types", InterchangeManagement.TYPES);
        model.addAttribute("fields", dev.tandem.interchange.engine.ItemCsv.FIELDS);
    }

    private static void tooLarge(ResponseStatusException e, Model model, HttpServletResponse response) {
        response.setStatus(e.getStatusCode().value());
        model.addAttribute("problemStatus", 400);
        model.addAttribute("problemSection", "import");
        model.addAttribute("problem", e.getReason());
    }

    static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString()).body(content);
    }
}
