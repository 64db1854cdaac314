package dev.tandem.retrospective.api;

import dev.tandem.retrospective.ProcessTemplateManagement;
import dev.tandem.retrospective.TemplateVersionConflict;
import dev.tandem.retrospective.TemplateViews;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Process templates", description = "Checklists and agendas of the organisation, their versions, adoption")
class ProcessTemplatesApi {

    private final ProcessTemplateManagement templates;

    ProcessTemplatesApi(ProcessTemplateManagement templates) {
        this.templates = templates;
    }

    record CreateBody(@Size(max = 60) String code, @Size(max = 10) String language, @Size(max = 20) String kind,
                      @Size(max = 200) String name, @Size(max = 20000) String body, @Size(max = 500) String note) {
    }

    record VersionBody(@Size(max = 20000) String body, @Size(max = 500) String note, Integer baseVersion) {
    }

    @GetMapping("/process-templates")
    List<TemplateViews.Summary> list(Actor actor) {
        return templates.list();
    }

    @Operation(summary = "Create a process template", description = "kind CHECKLIST or AGENDA; language en or zh-CN.")
    @PostMapping("/process-templates")
    ResponseEntity<TemplateViews.Summary> create(Actor actor, @Valid @RequestBody CreateBody body) {
        TemplateViews.Summary created = templates.create(actor, body.code(), body.language(), body.kind(), body.name(),
                body.body(), body.note());
        return ResponseEntity.created(URI.create("/api/v1/process-templates/" + created.id())).body(created);
    }

    @Operation(summary = "A template with its current text and every version")
    @GetMapping("/process-templates/{id}")
    TemplateViews.Template get(Actor actor, @PathVariable long id) {
        return templates.get(id);
    }

    @Operation(summary = "The line diff between two versions of a template")
    @GetMapping("/process-templates/{id}/diff")
    TemplateViews.Diff diff(Actor actor, @PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return templates.diff(id, from, to);
    }

    @Operation(summary = "Write the template's next version",
            description = "The whole new text with a note; baseVersion is the version it was written against: an "
                    + "older one answers 409 with both versions and nothing is stored.")
    @PostMapping("/process-templates/{id}/versions")
    ResponseEntity<TemplateViews.Template> version(Actor actor, @PathVariable long id,
                                                   @Valid @RequestBody VersionBody body) {
        return ResponseEntity.status(201).body(templates.addVersion(actor, id, body.body(), body.note(),
                body.baseVersion()));
    }

    @Operation(summary = "The template versions the project works by, and what changed since in each")
    @GetMapping("/projects/{key}/process")
    List<TemplateViews.Adoption> process(Actor actor, @PathVariable String key) {
        return templates.process(actor, key);
    }

    @Operation(summary = "Adopt a template's current version for the project")
    @PostMapping("/projects/{key}/process/{templateId}/adopt")
    TemplateViews.Adoption adopt(Actor actor, @PathVariable String key, @PathVariable long templateId) {
        return templates.adopt(actor, key, templateId);
    }

    @ExceptionHandler(TemplateVersionConflict.class)
    ProblemDetail stale(TemplateVersionConflict e, HttpServletRequest request) {
        return TemplateConflictProblem.of(e, request);
    }
}
