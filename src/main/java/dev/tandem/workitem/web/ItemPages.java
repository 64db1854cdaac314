package dev.tandem.workitem.web;

import dev.tandem.system.FormProblem;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.ProjectMarkdown;
import dev.tandem.workitem.CommentView;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemDevelopment;
import dev.tandem.workitem.ItemMentions;
import dev.tandem.workitem.ItemQualityGates;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.Priority;
import dev.tandem.workitem.ItemSprints;
import dev.tandem.workitem.WorkItemManagement;
import dev.tandem.workitem.WorkItemType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One work item: its fields and their edit form, its dependencies, comments and history. A refused change
 * shows the reason beside the form it came from, with the person's input kept.
 */
@Controller
@RequestMapping("/items/{itemKey}")
class ItemPages {

    private final WorkItemManagement items;
    private final List<ItemSprints> sprints;
    private final PortfolioManagement portfolio;
    private final ProjectMarkdown markdown;
    private final List<ItemMentions> mentionSources;
    private final List<ItemDevelopment> developmentSources;
    private final List<ItemQualityGates> qualityGates;

    ItemPages(WorkItemManagement items, List<ItemSprints> sprints, PortfolioManagement portfolio, ProjectMarkdown markdown,
              List<ItemMentions> mentionSources,
              List<ItemDevelopment> developmentSources, List<ItemQualityGates> qualityGates) {
        this.mentionSources = mentionSources;
        this.developmentSources = developmentSources;
        this.qualityGates = qualityGates;
        this.items = items;
        this.sprints = sprints;
        this.portfolio = portfolio;
        this.markdown = markdown;
    }

    record RenderedComment(CommentView comment, String html) {
    }

    @GetMapping
    String item(Actor actor, @PathVariable String itemKey, Model model) {
        return page(actor, itemKey, null, model);
    }

    @PostMapping
    String update(Actor actor, @PathVariable String itemKey, @ModelAttribute ItemForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            items.update(actor, itemKey, form.fields(true), form.version());
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "edit");
            return page(actor, itemKey, form, model);
        }
        return saved(itemKey, redirect, "notice.item.saved");
    }

    /** Marks the item architecture-level, or not: after the baseline its scope and dates then need a change request. */
    @PostMapping("/major-technical")
    String markMajorTechnical(Actor actor, @PathVariable String itemKey, @RequestParam boolean major,
                              @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                              RedirectAttributes redirect) {
        try {
            items.markMajorTechnical(actor, itemKey, major, version);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "edit");
            return page(actor, itemKey, null, model);
        }
        return saved(itemKey, redirect, "notice.item.saved");
    }

    @PostMapping("/dependencies")
    String addDependency(Actor actor, @PathVariable String itemKey, @RequestParam(defaultValue = "") String predecessor,
                         @RequestParam(defaultValue = "FS") String type, @RequestParam(defaultValue = "") String lagDays,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            items.addDependency(actor, itemKey, predecessor, type, lag(lagDays));
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "dependencies");
            model.addAttribute("dependencyInput", new DependencyInput(predecessor, type, lagDays));
            return page(actor, itemKey, null, model);
        }
        return saved(itemKey, redirect, "notice.dependency.added");
    }

    @PostMapping("/dependencies/{id}/remove")
    String removeDependency(Actor actor, @PathVariable String itemKey, @PathVariable long id,
                            RedirectAttributes redirect) {
        items.removeDependency(actor, itemKey, id);
        return saved(itemKey, redirect, "notice.dependency.removed");
    }

    @PostMapping("/comments")
    String addComment(Actor actor, @PathVariable String itemKey, @RequestParam(defaultValue = "") String body,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            items.addComment(actor, itemKey, body);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "comments");
            model.addAttribute("commentBody", body);
            return page(actor, itemKey, null, model);
        }
        return saved(itemKey, redirect, "notice.comment.added");
    }

    /** What was typed into the dependency form, shown again when the link was refused. */
    record DependencyInput(String predecessor, String type, String lagDays) {
    }

    private String page(Actor actor, String itemKey, ItemForm submitted, Model model) {
        ItemView item = items.get(actor, itemKey);
        ProjectRef project = portfolio.access(actor, item.projectKey(), Permission.VIEW_PROJECT);
        List<DependencyView> links = items.dependencies(actor, itemKey);
        model.addAttribute("item", item);
        model.addAttribute("project", project);
        model.addAttribute("descriptionHtml", markdown.render(actor, item.projectKey(), item.description()));
        model.addAttribute("form", submitted != null ? submitted : ItemForm.of(item));
        model.addAttribute("predecessors", links.stream().filter(d -> d.successor().equals(item.key())).toList());
        model.addAttribute("successors", links.stream().filter(d -> d.predecessor().equals(item.key())).toList());
        model.addAttribute("comments", items.comments(actor, itemKey).stream()
                .map(c -> new RenderedComment(c, markdown.render(actor, item.projectKey(), c.body()))).toList());
        model.addAttribute("history", items.history(actor, itemKey).reversed());
        model.addAttribute("mentions", mentionSources.stream().flatMap(m -> m.mentionsOf(actor, item.key()).stream())
                .toList());
        model.addAttribute("development", developmentSources.stream().map(d -> d.developmentOf(actor, item.key()))
                .filter(d -> !d.isEmpty()).findFirst().orElse(null));
        model.addAttribute("qualityGates", qualityGates.stream().flatMap(q -> q.gatesOf(actor, item.key()).stream())
                .toList());
        model.addAttribute("children", items.children(actor, itemKey));
        model.addAttribute("mayEdit", project.may(Permission.EDIT_ITEMS));
        model.addAttribute("mayPlan", project.may(Permission.MANAGE_SPRINTS));
        model.addAttribute("sprint", sprints.stream()
                .flatMap(s -> s.openSprintOf(actor, item.projectKey(), item.key()).stream()).findFirst().orElse(null));
        model.addAttribute("openSprints", project.may(Permission.MANAGE_SPRINTS) ? sprints.stream()
                .flatMap(s -> s.openSprints(actor, item.projectKey()).stream()).toList() : List.of());
        model.addAttribute("mayComment", project.may(Permission.COMMENT));
        model.addAttribute("types", WorkItemType.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("dependencyTypes", DependencyType.values());
        model.addAttribute("statuses", items.statuses(actor, item.projectKey()));
        model.addAttribute("members", portfolio.members(actor, item.projectKey()));
        if (!model.containsAttribute("dependencyInput")) {
            model.addAttribute("dependencyInput", new DependencyInput("", "FS", "0"));
        }
        return "items/item";
    }

    private static String saved(String itemKey, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/items/" + itemKey;
    }

    private Integer lag(String value) {
        if (value.isBlank()) {
            return 0;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("lagDays", Text.of("problem.wholeNumber", value));
        }
    }
}
