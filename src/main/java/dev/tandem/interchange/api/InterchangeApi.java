package dev.tandem.interchange.api;

import dev.tandem.interchange.ImportAnswer;
import dev.tandem.interchange.ImportJobView;
import dev.tandem.interchange.ImportJobs;
import dev.tandem.interchange.InterchangeManagement;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Import and export", description = "MS Project and Jira files in, MS Project, CSV and Excel out")
class InterchangeApi {

    private final InterchangeManagement interchange;
    private final ImportJobs jobs;

    InterchangeApi(InterchangeManagement interchange, ImportJobs jobs) {
        this.interchange = interchange;
        this.jobs = jobs;
    }

    @Operation(summary = "Import an MS Project file (MSPDI XML or .mpp)",
            description = "The body is the file itself. Summary tasks become epics (top level) or features, tasks "
                    + "tasks, milestones milestones; links keep their type and lag; the calendar's holidays go into "
                    + "the project calendar (with EDIT_PROJECT); resources match members by e-mail or name. "
                    + "`dryRun=true` answers the report (200) without writing anything; a dry run of more than 1,000 "
                    + "items runs in the background like an import (202 with a job whose `dryRun` is true and whose "
                    + "`result` is the report). Otherwise the import runs in "
                    + "the background: the answer is 202 with its job (`GET .../imports/jobs/{id}` shows its progress "
                    + "and, once finished, the report). Importing the same file again updates the items it created. A "
                    + "row that is refused makes the import write nothing; the failed job's report lists the rows. A "
                    + "file that is not an MS Project file is refused with 400, one over the size limit with 413, a "
                    + "second import while one of the project's runs with 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    @PostMapping(path = "/imports/ms-project", consumes = MediaType.ALL_VALUE)
    @ImportResponses
    ResponseEntity<Object> importMsProject(Actor actor, @PathVariable String key,
                                           @RequestParam(defaultValue = "false") boolean dryRun,
                                           HttpServletRequest request) {
        return answer(key, interchange.importMsProject(actor, key, Uploads.read(request, interchange), dryRun));
    }

    @Operation(summary = "Import Jira's CSV export",
            description = "The body is the CSV file Jira exports (all fields). `statusMap` and `typeMap` (repeatable, "
                    + "`Jira name=Tandem name`) map Jira's statuses onto the workflow and its issue types onto Tandem's "
                    + "types; the others are mapped by name, as the report's `statusMapping` and `typeMapping` show. "
                    + "Blocks links become finish-to-start dependencies, sprints sprints, epic links and sub-tasks "
                    + "parents; story points, labels and comments come along. Issues imported before (by issue key) "
                    + "are updated. `dryRun=true` answers the report (200) and writes nothing (over 1,000 items: 202 with a "
                    + "dry-run job whose `result` is the report); otherwise the import "
                    + "runs in the background and the answer is 202 with its job. A refused row makes the import write "
                    + "nothing, and the failed job's report lists the rows by line.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    @PostMapping(path = "/imports/jira", consumes = MediaType.ALL_VALUE)
    @ImportResponses
    ResponseEntity<Object> importJira(Actor actor, @PathVariable String key,
                                      @RequestParam(defaultValue = "false") boolean dryRun,
                                      @RequestParam(required = false) List<String> statusMap,
                                      @RequestParam(required = false) List<String> typeMap, HttpServletRequest request) {
        return answer(key, interchange.importJira(actor, key, Uploads.read(request, interchange), dryRun,
                Uploads.pairs("statusMap", statusMap), Uploads.pairs("typeMap", typeMap)));
    }

    @Operation(summary = "Import a CSV of items",
            description = "The body is a CSV file with a header row. `columnMap` (repeatable, `Header=field`) maps "
                    + "columns onto the fields key, type, title, description, status, priority, assignee, parent, "
                    + "labels, storyPoints, plannedStart, plannedFinish, dueDate (or ignore); headers named like a "
                    + "field or like a column of the CSV export map by themselves, others are ignored (the report's "
                    + "`columnMapping` shows how). A row whose key names an item of the project updates it. "
                    + "`dryRun=true` answers the report (200) and writes nothing (over 1,000 items: 202 with a dry-run job "
                    + "whose `result` is the report); otherwise the import runs in the "
                    + "background and the answer is 202 with its job. A refused row makes the import write nothing, "
                    + "and the failed job's report lists the rows by line.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    @PostMapping(path = "/imports/csv", consumes = MediaType.ALL_VALUE)
    @ImportResponses
    ResponseEntity<Object> importCsv(Actor actor, @PathVariable String key,
                                     @RequestParam(defaultValue = "false") boolean dryRun,
                                     @RequestParam(required = false) List<String> columnMap,
                                     HttpServletRequest request) {
        return answer(key, interchange.importCsv(actor, key, Uploads.read(request, interchange), dryRun,
                Uploads.pairs("columnMap", columnMap)));
    }

    @Operation(summary = "An import job: its state, progress and, once finished, its report",
            description = "`state` is queued, running, done or failed; `done` of `total` items are written so far "
                    + "(a `dryRun` job writes nothing and its `result` is the dry run's report) "
                    + "(all of them in one transaction, so nothing is visible before the job is done). A failed job's "
                    + "`reason` says why; when rows were refused, `result` lists them by line and nothing was "
                    + "written. A job cut short by a stop of Tandem is marked failed. Needs IMPORT_PLANS, as the "
                    + "import.")
    @GetMapping("/imports/jobs/{id}")
    ImportJobView job(Actor actor, @PathVariable String key, @PathVariable UUID id) {
        return jobs.get(actor, key, id);
    }

    private static ResponseEntity<Object> answer(String key, ImportAnswer answer) {
        if (answer.report() != null) {
            return ResponseEntity.ok(answer.report());
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/projects/" + key + "/imports/jobs/"
                + answer.job().id())).body(answer.job());
    }

    @Operation(summary = "The project's plan as MSPDI XML",
            description = "Opens in MS Project and ProjectLibre with the dates Tandem's schedule gives the items.")
    @GetMapping(path = "/exports/ms-project", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> exportMsProject(Actor actor, @PathVariable String key) {
        return download(interchange.exportMsProject(actor, key), MediaType.APPLICATION_XML, key + "-plan.xml");
    }

    @Operation(summary = "The project's items as CSV",
            description = "One row per item in number order (UTF-8 with a byte-order mark); text that a spreadsheet "
                    + "would run as a formula starts with an apostrophe.")
    @GetMapping(path = "/exports/items.csv", produces = "text/csv")
    ResponseEntity<byte[]> exportCsv(Actor actor, @PathVariable String key) {
        return download(interchange.exportItemsCsv(actor, key), CSV, key + "-items.csv");
    }

    @Operation(summary = "The project's items as an Excel workbook (.xlsx)")
    @GetMapping(path = "/exports/items.xlsx", produces = XLSX_VALUE)
    ResponseEntity<byte[]> exportXlsx(Actor actor, @PathVariable String key) {
        return download(interchange.exportItemsXlsx(actor, key), MediaType.parseMediaType(XLSX_VALUE), key + "-items.xlsx");
    }

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString()).body(content);
    }
}
