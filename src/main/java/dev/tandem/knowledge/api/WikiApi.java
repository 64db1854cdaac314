package dev.tandem.knowledge.api;

import dev.tandem.knowledge.AttachmentFile;
import dev.tandem.knowledge.AttachmentView;
import dev.tandem.knowledge.DiffView;
import dev.tandem.knowledge.KnowledgeManagement;
import dev.tandem.knowledge.KnowledgeManagement.SpaceSummary;
import dev.tandem.knowledge.PageConflictException;
import dev.tandem.knowledge.PageView;
import dev.tandem.knowledge.RevisionView;
import dev.tandem.knowledge.SpaceView;
import dev.tandem.knowledge.TemplateView;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Wiki", description = "Spaces, pages with their revisions, templates and attachments")
class WikiApi {

    private final KnowledgeManagement wiki;

    WikiApi(KnowledgeManagement wiki) {
        this.wiki = wiki;
    }

    record SpaceBody(@Size(max = 40) String key, @Size(max = 200) String name, @Size(max = 2000) String description) {
    }

    record NewPageBody(@Size(max = 200) String title, @Size(max = 200_000) String body, Long parentId,
                       @Size(max = 40) String template, @Size(max = 10) String language,
                       @Size(max = 500) String changeNote) {
    }

    record SaveBody(@Size(max = 200) String title, @Size(max = 200_000) String body, @Size(max = 500) String changeNote,
                    Long version) {
    }

    record MoveBody(Long parentId, Integer position, Long version) {
    }

    record VersionBody(Long version) {
    }

    record TemplateBody(@Size(max = 100) String name, @Size(max = 50_000) String body) {
    }

    record TemplateText(String key, String language, String body) {
    }

    record AttachmentBody(@Size(max = 200) String name, @Size(max = 15_000_000) String content) {
    }

    @Operation(summary = "List the wiki spaces the caller can read",
            description = "Organisation spaces, then a space per project the caller sees (its id is null until the "
                    + "project's space is first opened).")
    @GetMapping("/wiki/spaces")
    List<SpaceSummary> spaces(Actor actor) {
        return wiki.spaces(actor);
    }

    @Operation(summary = "Create an organisation-wide space (administrators)")
    @PostMapping("/wiki/spaces")
    ResponseEntity<SpaceView> createSpace(Actor actor, @Valid @RequestBody SpaceBody body) {
        SpaceView space = wiki.createSpace(actor, body.key(), body.name(), body.description());
        return ResponseEntity.created(URI.create("/api/v1/wiki/spaces/" + space.id())).body(space);
    }

    @Operation(summary = "A project's space with its page tree", description = "Made when first asked for.")
    @GetMapping("/projects/{key}/wiki")
    SpaceView projectSpace(Actor actor, @PathVariable String key) {
        return wiki.projectSpace(actor, key);
    }

    @GetMapping("/wiki/spaces/{spaceId}")
    SpaceView space(Actor actor, @PathVariable long spaceId) {
        return wiki.space(actor, spaceId);
    }

    @Operation(summary = "The templates a new page of the space can start from",
            description = "The built-in ones (architecture decision record, technical design, post-mortem, meeting "
                    + "minutes, runbook, kick-off), then the space's own.")
    @GetMapping("/wiki/spaces/{spaceId}/templates")
    List<TemplateView> templates(Actor actor, @PathVariable long spaceId) {
        return wiki.templates(actor, spaceId);
    }

    @Operation(summary = "A template's text", description = "Built-in templates in English or Chinese: language "
            + "zh-CN (or zh) for Chinese, anything else English.")
    @GetMapping("/wiki/spaces/{spaceId}/templates/{template}")
    TemplateText template(Actor actor, @PathVariable long spaceId, @PathVariable String template,
                          @RequestParam(required = false) String language) {
        Locale locale = locale(language);
        return new TemplateText(template, locale.toLanguageTag(), wiki.templateBody(actor, spaceId, template, locale));
    }

    @Operation(summary = "Add a template of the space's own")
    @PostMapping("/wiki/spaces/{spaceId}/templates")
    ResponseEntity<TemplateView> addTemplate(Actor actor, @PathVariable long spaceId,
                                             @Valid @RequestBody TemplateBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(wiki.addTemplate(actor, spaceId, body.name(), body.body()));
    }

    @Operation(summary = "Create a page", description = "Starts from the body given or, without one, from the "
            + "template named (in the language given). Titles are unique within a space, ignoring case.")
    @PostMapping("/wiki/spaces/{spaceId}/pages")
    ResponseEntity<PageView> create(Actor actor, @PathVariable long spaceId, @Valid @RequestBody NewPageBody body) {
        String text = body.body() != null ? body.body()
                : wiki.templateBody(actor, spaceId, body.template(), locale(body.language()));
        PageView page = wiki.create(actor, spaceId, body.title(), text, body.parentId(), body.changeNote());
        return ResponseEntity.created(URI.create("/api/v1/wiki/pages/" + page.id())).body(page);
    }

    @Operation(summary = "A page by its permanent id", description = "With its Markdown, the sanitised HTML it renders "
            + "to, its place in the tree, backlinks and attachments.")
    @GetMapping("/wiki/pages/{pageId}")
    PageView page(Actor actor, @PathVariable long pageId) {
        return wiki.page(actor, pageId);
    }

    @Operation(summary = "Save a page as its next revision",
            description = "version is the page version the editor opened. A stale one gets 409 with both sides: "
                    + "yours (title, body) and current (the page now), and changes: what changed since your version.")
    @PutMapping("/wiki/pages/{pageId}")
    PageView save(Actor actor, @PathVariable long pageId, @Valid @RequestBody SaveBody body) {
        return wiki.save(actor, pageId, body.title(), body.body(), body.changeNote(), body.version());
    }

    @Operation(summary = "Delete a page with its history and attachments", description = "Refused (409) while it has "
            + "child pages.")
    @DeleteMapping("/wiki/pages/{pageId}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long pageId, @RequestParam Long version) {
        wiki.delete(actor, pageId, version);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Move a page under another parent or among its siblings",
            description = "parentId null moves it to the top; position 0 is first, none is last. A move below the page "
                    + "itself or its descendants is refused (409).")
    @PostMapping("/wiki/pages/{pageId}/move")
    PageView move(Actor actor, @PathVariable long pageId, @Valid @RequestBody MoveBody body) {
        return wiki.move(actor, pageId, body.parentId(), body.position(), body.version());
    }

    @GetMapping("/wiki/pages/{pageId}/revisions")
    List<RevisionView> history(Actor actor, @PathVariable long pageId) {
        return wiki.history(actor, pageId);
    }

    @GetMapping("/wiki/pages/{pageId}/revisions/{number}")
    RevisionView revision(Actor actor, @PathVariable long pageId, @PathVariable int number) {
        return wiki.revision(actor, pageId, number);
    }

    @Operation(summary = "The difference between two revisions", description = "Rows of the older and the newer "
            + "text: SAME, ADDED, REMOVED or CHANGED, with line numbers.")
    @GetMapping("/wiki/pages/{pageId}/diff")
    DiffView diff(Actor actor, @PathVariable long pageId, @RequestParam int from, @RequestParam int to) {
        return wiki.diff(actor, pageId, from, to);
    }

    @Operation(summary = "Restore an old revision as the newest one")
    @PostMapping("/wiki/pages/{pageId}/revisions/{number}/restore")
    PageView restore(Actor actor, @PathVariable long pageId, @PathVariable int number,
                     @Valid @RequestBody VersionBody body) {
        return wiki.restore(actor, pageId, number, body.version());
    }

    @GetMapping("/wiki/pages/{pageId}/attachments")
    List<AttachmentView> attachments(Actor actor, @PathVariable long pageId) {
        return wiki.attachments(actor, pageId);
    }

    @Operation(summary = "Attach a file to a page", description = "content is the file in base64. Images, PDFs, office "
            + "documents and plain text, sniffed from the bytes, up to tandem.wiki.max-attachment-size (10 MB unless "
            + "configured); anything else is refused with 400 and nothing is stored.")
    @PostMapping("/wiki/pages/{pageId}/attachments")
    ResponseEntity<AttachmentView> attach(Actor actor, @PathVariable long pageId,
                                          @Valid @RequestBody AttachmentBody body) {
        byte[] content;
        try {
            content = body.content() == null ? null : Base64.getMimeDecoder().decode(body.content());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("content", Text.of("problem.knowledge.notBase64"));
        }
        AttachmentView a = wiki.attach(actor, pageId, body.name(), content);
        return ResponseEntity.status(HttpStatus.CREATED).body(a);
    }

    @Operation(summary = "Download an attachment", description = "Served as an attachment with its sniffed type and "
            + "X-Content-Type-Options: nosniff.")
    @GetMapping(value = "/wiki/pages/{pageId}/attachments/{name}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> download(Actor actor, @PathVariable long pageId, @PathVariable String name) {
        AttachmentFile file = wiki.attachment(actor, pageId, name);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Content-Disposition", ContentDisposition.attachment().filename(file.name(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    @DeleteMapping("/wiki/pages/{pageId}/attachments/{name}")
    ResponseEntity<Void> removeAttachment(Actor actor, @PathVariable long pageId, @PathVariable String name) {
        wiki.removeAttachment(actor, pageId, name);
        return ResponseEntity.noContent().build();
    }

    /** A stale save: 409 with your text, the page as it is now, and what changed since your version. */
    @ExceptionHandler(PageConflictException.class)
    ResponseEntity<ProblemDetail> conflict(PageConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Texts.of(e));
        problem.setTitle(Texts.render(Text.of("problem.title.stale")));
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("yours", Map.of("title", e.yourTitle(), "body", e.yourBody(), "baseVersion", e.baseVersion()));
        problem.setProperty("current", Map.of("title", e.current().title(), "body", e.current().body(),
                "version", e.current().version(), "revision", e.current().revision(),
                "updatedBy", e.current().updatedBy()));
        problem.setProperty("changes", e.changesSinceBase());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Locale locale(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
    }
}
