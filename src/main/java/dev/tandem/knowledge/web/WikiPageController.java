package dev.tandem.knowledge.web;

import dev.tandem.knowledge.AttachmentFile;
import dev.tandem.knowledge.KnowledgeManagement;
import dev.tandem.knowledge.PageConflictException;
import dev.tandem.knowledge.PageView;
import dev.tandem.knowledge.SpaceView;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.Markdown;
import dev.tandem.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The wiki in the browser. A refused save stays in the editor with the reason and the text typed; a stale one shows
 * what changed on the page since it was opened, beside the text typed, with the current version to save over it.
 */
@Controller
class WikiPageController {

    private final KnowledgeManagement wiki;
    private final PortfolioManagement portfolio;
    private final Markdown markdown;

    WikiPageController(KnowledgeManagement wiki, PortfolioManagement portfolio, Markdown markdown) {
        this.wiki = wiki;
        this.portfolio = portfolio;
        this.markdown = markdown;
    }

    // spaces

    @GetMapping("/wiki")
    String spaces(Actor actor, Model model) {
        model.addAttribute("spaces", wiki.spaces(actor));
        model.addAttribute("mayCreate", actor.isAdmin());
        return "knowledge/spaces";
    }

    @PostMapping("/wiki/spaces")
    String createSpace(Actor actor, @RequestParam(required = false) String key, @RequestParam(required = false) String name,
                       @RequestParam(required = false) String description, Model model, HttpServletResponse response) {
        try {
            return "redirect:/wiki/spaces/" + wiki.createSpace(actor, key, name, description).id();
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("problem", Texts.of(e));
            return spaces(actor, model);
        }
    }

    @GetMapping("/projects/{key}/wiki")
    String projectSpace(Actor actor, @PathVariable String key, Model model) {
        SpaceView space = wiki.projectSpace(actor, key);
        model.addAttribute("adrs", wiki.adrs(actor, key));
        return space(actor, space, model);
    }

    @GetMapping("/wiki/spaces/{spaceId}")
    String space(Actor actor, @PathVariable long spaceId, Model model) {
        SpaceView space = wiki.space(actor, spaceId);
        if (space.projectKey() != null) {
            return "redirect:/projects/" + space.projectKey() + "/wiki";
        }
        model.addAttribute("adrs", List.of());
        return space(actor, space, model);
    }

    private String space(Actor actor, SpaceView space, Model model) {
        model.addAttribute("space", space);
        model.addAttribute("templates", wiki.templates(actor, space.id()));
        inProject(actor, space.projectKey(), model);
        return "knowledge/space";
    }

    @PostMapping("/wiki/spaces/{spaceId}/templates")
    String addTemplate(Actor actor, @PathVariable long spaceId, @RequestParam(required = false) String name,
                       @RequestParam(required = false) String body, Model model, HttpServletResponse response) {
        try {
            wiki.addTemplate(actor, spaceId, name, body);
            return "redirect:/wiki/spaces/" + spaceId;
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("problem", Texts.of(e));
            return space(actor, spaceId, model);
        }
    }

    @GetMapping("/projects/{key}/wiki/adrs/{number}")
    String adr(Actor actor, @PathVariable String key, @PathVariable int number, Model model) {
        var adr = wiki.adr(actor, key, number);
        model.addAttribute("adr", adr);
        model.addAttribute("space", wiki.projectSpace(actor, key));
        model.addAttribute("contextHtml", markdown.toHtml(adr.context()));
        model.addAttribute("decisionHtml", markdown.toHtml(adr.decision()));
        model.addAttribute("consequencesHtml", markdown.toHtml(adr.consequences()));
        inProject(actor, key, model);
        return "knowledge/adr";
    }

    // editor

    /** The editor for a new page, started from a template (in the reader's language) or blank. */
    @GetMapping("/wiki/spaces/{spaceId}/new")
    String newPage(Actor actor, @PathVariable long spaceId, @RequestParam(required = false) String title,
                   @RequestParam(required = false) String template, @RequestParam(required = false) Long parent,
                   Locale locale, Model model) {
        SpaceView space = wiki.space(actor, spaceId);
        String body = wiki.templateBody(actor, spaceId, template, locale);
        return editor(actor, space, null, title, body, null, parent, template, model);
    }

    @PostMapping("/wiki/spaces/{spaceId}/pages")
    String create(Actor actor, @PathVariable long spaceId, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String body, @RequestParam(required = false) String changeNote,
                  @RequestParam(required = false) Long parent, Model model, HttpServletResponse response) {
        try {
            return "redirect:/wiki/pages/" + wiki.create(actor, spaceId, title, body, parent, changeNote).id();
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("problem", Texts.of(e));
            return editor(actor, wiki.space(actor, spaceId), null, title, body, changeNote, parent, null, model);
        }
    }

    @GetMapping("/wiki/pages/{pageId}/edit")
    String edit(Actor actor, @PathVariable long pageId, Model model) {
        PageView page = wiki.page(actor, pageId);
        return editor(actor, wiki.space(actor, page.spaceId()), page, page.title(), page.body(), null, page.parentId(),
                null, model);
    }

    @PostMapping("/wiki/pages/{pageId}")
    String save(Actor actor, @PathVariable long pageId, @RequestParam(required = false) String title,
                @RequestParam(required = false) String body, @RequestParam(required = false) String changeNote,
                @RequestParam(required = false) Long version, Model model, HttpServletResponse response) {
        try {
            wiki.save(actor, pageId, title, body, changeNote, version);
            return "redirect:/wiki/pages/" + pageId;
        } catch (PageConflictException e) {
            response.setStatus(409);
            model.addAttribute("conflict", e);
            return editor(actor, wiki.space(actor, e.current().spaceId()), e.current(), title, body, changeNote,
                    e.current().parentId(), null, model);
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("problem", Texts.of(e));
            PageView page = wiki.page(actor, pageId);
            model.addAttribute("baseVersion", version);
            return editor(actor, wiki.space(actor, page.spaceId()), page, title, body, changeNote, page.parentId(), null,
                    model);
        }
    }

    /** The editor's preview, rendered as the page will be (htmx swaps it in). */
    @PostMapping("/wiki/spaces/{spaceId}/preview")
    String preview(Actor actor, @PathVariable long spaceId, @RequestParam(required = false) Long page,
                   @RequestParam(required = false) String body, Model model) {
        model.addAttribute("html", wiki.preview(actor, spaceId, page, body));
        return "knowledge/editor :: preview";
    }

    private String editor(Actor actor, SpaceView space, PageView page, String title, String body, String changeNote,
                          Long parent, String template, Model model) {
        model.addAttribute("space", space);
        model.addAttribute("page", page);
        model.addAttribute("pageTitle", title);
        model.addAttribute("body", body);
        model.addAttribute("changeNote", changeNote);
        model.addAttribute("parent", parent);
        model.addAttribute("template", template);
        model.addAttribute("templates", wiki.templates(actor, space.id()));
        if (!model.containsAttribute("baseVersion")) {
            model.addAttribute("baseVersion", page == null ? null : page.version());
        }
        inProject(actor, space.projectKey(), model);
        return "knowledge/editor";
    }

    // reading

    @GetMapping("/wiki/pages/{pageId}")
    String page(Actor actor, @PathVariable long pageId, Model model) {
        PageView page = wiki.page(actor, pageId);
        SpaceView space = wiki.space(actor, page.spaceId());
        model.addAttribute("page", page);
        model.addAttribute("space", space);
        model.addAttribute("parents", space.pages().stream().filter(p -> p.id() != page.id()).toList());
        model.addAttribute("maxAttachmentMb", Math.max(1, wiki.maxAttachmentBytes() / (1024 * 1024)));
        inProject(actor, page.projectKey(), model);
        return "knowledge/page";
    }

    @GetMapping("/wiki/pages/{pageId}/history")
    String history(Actor actor, @PathVariable long pageId, Model model) {
        PageView page = wiki.page(actor, pageId);
        model.addAttribute("page", page);
        model.addAttribute("revisions", wiki.history(actor, pageId));
        inProject(actor, page.projectKey(), model);
        return "knowledge/history";
    }

    @GetMapping("/wiki/pages/{pageId}/diff")
    String diff(Actor actor, @PathVariable long pageId, @RequestParam int from, @RequestParam int to,
                @RequestParam(required = false, defaultValue = "side") String view, Model model) {
        PageView page = wiki.page(actor, pageId);
        model.addAttribute("page", page);
        model.addAttribute("diff", wiki.diff(actor, pageId, from, to));
        model.addAttribute("inline", "inline".equals(view));
        inProject(actor, page.projectKey(), model);
        return "knowledge/diff";
    }

    @PostMapping("/wiki/pages/{pageId}/revisions/{number}/restore")
    String restore(Actor actor, @PathVariable long pageId, @PathVariable int number,
                   @RequestParam(required = false) Long version) {
        wiki.restore(actor, pageId, number, version);
        return "redirect:/wiki/pages/" + pageId;
    }

    @PostMapping("/wiki/pages/{pageId}/move")
    String move(Actor actor, @PathVariable long pageId, @RequestParam(required = false) Long parent,
                @RequestParam(required = false) Integer position, @RequestParam(required = false) Long version) {
        wiki.move(actor, pageId, parent, position, version);
        return "redirect:/wiki/pages/" + pageId;
    }

    @PostMapping("/wiki/pages/{pageId}/delete")
    String delete(Actor actor, @PathVariable long pageId, @RequestParam(required = false) Long version) {
        PageView page = wiki.page(actor, pageId);
        wiki.delete(actor, pageId, version);
        return "redirect:/wiki/spaces/" + page.spaceId();
    }

    // attachments

    @PostMapping("/wiki/pages/{pageId}/attachments")
    String attach(Actor actor, @PathVariable long pageId, @RequestParam(required = false) MultipartFile file,
                  Model model, HttpServletResponse response) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", Text.of("problem.input.required"));
            }
            wiki.attach(actor, pageId, file.getOriginalFilename(), file.getBytes());
            return "redirect:/wiki/pages/" + pageId + "#attachments";
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("problem", Texts.of(e));
            return page(actor, pageId, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An attachment: images inline (they show in the page), everything else as a download; never sniffed. */
    @GetMapping("/wiki/pages/{pageId}/attachments/{name}")
    @ResponseBody
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable long pageId, @PathVariable String name) {
        AttachmentFile file = wiki.attachment(actor, pageId, name);
        ContentDisposition disposition = (file.contentType().startsWith("image/") ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("Content-Disposition", disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox").body(file.content());
    }

    @PostMapping("/wiki/pages/{pageId}/attachments/{name}/delete")
    String removeAttachment(Actor actor, @PathVariable long pageId, @PathVariable String name) {
        wiki.removeAttachment(actor, pageId, name);
        return "redirect:/wiki/pages/" + pageId + "#attachments";
    }

    /** The project sidebar for a project's space; nothing for an organisation space. */
    private void inProject(Actor actor, String projectKey, Model model) {
        if (projectKey != null) {
            model.addAttribute("project", portfolio.project(actor, projectKey));
        }
    }
}
