package dev.tandem.workitem.web;

import dev.tandem.system.FormProblem;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.workitem.ItemPage;
import dev.tandem.workitem.internal.ItemQuery;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.Priority;
import dev.tandem.workitem.WorkItemManagement;
import dev.tandem.workitem.WorkItemType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** A project's items, filtered and paged, and the form that creates one. */
@Controller
@RequestMapping("/projects/{key}/items")
class ItemListPages {

    private static final int PAGE_SIZE = 25;

    private final PortfolioManagement portfolio;
    private final WorkItemManagement items;

    ItemListPages(PortfolioManagement portfolio, WorkItemManagement items) {
        this.portfolio = portfolio;
        this.items = items;
    }

    /** The filters as the form sends them; empty means "any". */
    record Filters(String type, String status, String assignee, String label, String text, String blocked) {

        Boolean blockedOnly() {
            return "true".equals(blocked) ? Boolean.TRUE : "false".equals(blocked) ? Boolean.FALSE : null;
        }

        String query() {
            var builder = UriComponentsBuilder.newInstance();
            add(builder, "type", type);
            add(builder, "status", status);
            add(builder, "assignee", assignee);
            add(builder, "label", label);
            add(builder, "text", text);
            add(builder, "blocked", blocked);
            return builder.build().encode().getQuery();
        }

        private static void add(UriComponentsBuilder builder, String name, String value) {
            if (value != null && !value.isBlank()) {
                builder.queryParam(name, value.strip());
            }
        }
    }

    @GetMapping
    String list(Actor actor, @PathVariable String key, @ModelAttribute("filters") Filters filters,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        ItemPage result = items.search(actor, key, new ItemQuery(filters.type(), filters.status(), filters.assignee(),
                filters.label(), filters.text(), filters.blockedOnly(), Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("project", project);
        model.addAttribute("result", result);
        model.addAttribute("lastPage", Math.max(0, (int) ((result.total() - 1) / PAGE_SIZE)));
        String query = filters.query();
        model.addAttribute("pageLink", "/projects/" + project.key() + "/items?"
                + (query == null ? "" : query + "&") + "page=");
        model.addAttribute("mayEdit", project.may(Permission.EDIT_ITEMS));
        // htmx swaps only the results; restoring a page from history needs all of it.
        if (htmx != null && historyRestore == null) {
            return "items/list :: results";
        }
        model.addAttribute("types", WorkItemType.values());
        model.addAttribute("statuses", items.statuses(actor, key));
        model.addAttribute("members", portfolio.members(actor, key));
        return "items/list";
    }

    @GetMapping("/new")
    String newItem(Actor actor, @PathVariable String key, Model model) {
        return form(actor, key, ItemForm.blank(), model);
    }

    @PostMapping
    String create(Actor actor, @PathVariable String key, @ModelAttribute ItemForm form, Model model,
                  HttpServletResponse response) {
        try {
            ItemView item = items.create(actor, key, form.fields(false));
            return "redirect:/items/" + item.key();
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
            return form(actor, key, form, model);
        }
    }

    private String form(Actor actor, String key, ItemForm form, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.EDIT_ITEMS);
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        model.addAttribute("types", WorkItemType.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("statuses", items.statuses(actor, key));
        model.addAttribute("members", portfolio.members(actor, key));
        return "items/new";
    }
}
