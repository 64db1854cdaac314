package dev.tandem.query.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.query.FilterView;
import dev.tandem.query.QueryManagement;
import dev.tandem.query.engine.QueryCompiler;
import dev.tandem.query.engine.QueryException;
import dev.tandem.query.engine.Suggester;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.system.Dates;
import dev.tandem.system.FormProblem;
import dev.tandem.system.Texts;
import dev.tandem.workitem.ItemPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The items list across the reader's projects: a query box with completion, the matching items a page at a time,
 * the reader's saved filters to pick from and a form to save the query as one; and the page of saved filters.
 */
@Controller
class ItemQueryPages {

    static final int PAGE_SIZE = 25;

    private final QueryManagement queries;
    private final PortfolioManagement portfolio;
    private final MessageSource messages;
    private final Dates dates;

    ItemQueryPages(QueryManagement queries, PortfolioManagement portfolio, MessageSource messages, Dates dates) {
        this.queries = queries;
        this.portfolio = portfolio;
        this.messages = messages;
        this.dates = dates;
    }

    @GetMapping("/items")
    String items(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Long filter,
                 @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        FilterView chosen = filter == null ? null : queries.filter(actor, filter);
        String query = q != null ? q : chosen != null ? chosen.query() : "";
        model.addAttribute("q", query);
        model.addAttribute("chosen", chosen);
        model.addAttribute("results", null);
        fill(actor, model);
        try {
            ItemPage results = queries.run(actor, query, Math.max(0, page), PAGE_SIZE, dates.zone());
            model.addAttribute("results", results);
            model.addAttribute("pageCount", Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (QueryException e) {
            showQueryProblem(e, model, response);
        } catch (InvalidInputException e) {
            FormProblem.show(e, model, response, "query");
        }
        return "query/items";
    }

    /** The query box's proposals for the signed-in reader (the API's twin takes bearer tokens only). */
    @GetMapping(value = "/items/suggestions", produces = "application/json")
    @ResponseBody
    List<Suggester.Suggestion> suggestions(Actor actor, @RequestParam(defaultValue = "") String q,
                                           @RequestParam(required = false) Integer caret) {
        return queries.suggest(actor, q, caret == null ? q.length() : caret);
    }

    @PostMapping("/filters")
    String save(Actor actor, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String q,
                @RequestParam(required = false) String project, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            FilterView saved = queries.create(actor, name, q, project, dates.zone());
            redirect.addFlashAttribute("notice", "query.filter.saved");
            return "redirect:/items?filter=" + saved.id();
        } catch (QueryException e) {
            showQueryProblem(e, model, response);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "save");
        }
        model.addAttribute("q", q);
        model.addAttribute("chosen", null);
        model.addAttribute("results", null);
        model.addAttribute("filterName", name);
        fill(actor, model);
        return "query/items";
    }

    @GetMapping("/filters")
    String filters(Actor actor, Model model) {
        model.addAttribute("filters", queries.filters(actor));
        return "query/filters";
    }

    @GetMapping("/filters/{id}/edit")
    String edit(Actor actor, @PathVariable long id, Model model) {
        FilterView filter = queries.filter(actor, id);
        model.addAttribute("filter", filter);
        model.addAttribute("name", filter.name());
        model.addAttribute("q", filter.query());
        model.addAttribute("sharedWith", filter.project() == null ? "" : filter.project());
        model.addAttribute("version", filter.version());
        model.addAttribute("projects", portfolio.visibleProjects(actor));
        model.addAttribute("maxLength", QueryCompiler.MAX_LENGTH);
        return "query/filter-edit";
    }

    @PostMapping("/filters/{id}")
    String update(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String project,
                  @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            FilterView saved = queries.update(actor, id, name, q, project, version, dates.zone());
            redirect.addFlashAttribute("notice", "query.filter.saved");
            return "redirect:/filters";
        } catch (QueryException e) {
            showQueryProblem(e, model, response);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "edit");
        }
        // a stale edit shows the stored filter next to what was typed, both kept
        FilterView current = queries.filter(actor, id);
        model.addAttribute("filter", current);
        model.addAttribute("name", name);
        model.addAttribute("q", q);
        model.addAttribute("sharedWith", project);
        model.addAttribute("version", version);
        model.addAttribute("projects", portfolio.visibleProjects(actor));
        model.addAttribute("maxLength", QueryCompiler.MAX_LENGTH);
        return "query/filter-edit";
    }

    @PostMapping("/filters/{id}/delete")
    String delete(Actor actor, @PathVariable long id, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        try {
            queries.delete(actor, id, version);
            redirect.addFlashAttribute("notice", "query.filter.deleted");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("problem", Texts.of(e));
        }
        return "redirect:/filters";
    }

    @PostMapping("/filters/{id}/subscription")
    String subscription(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean subscribe,
                        @RequestParam(defaultValue = "/filters") String back) {
        if (subscribe) {
            queries.subscribe(actor, id);
        } else {
            queries.unsubscribe(actor, id);
        }
        return "redirect:" + (back.equals("items") ? "/items?filter=" + id : "/filters");
    }

    private void fill(Actor actor, Model model) {
        model.addAttribute("filters", queries.filters(actor));
        model.addAttribute("projects", portfolio.visibleProjects(actor));
        model.addAttribute("maxLength", QueryCompiler.MAX_LENGTH);
    }

    private void showQueryProblem(QueryException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("problemStatus", 400);
        model.addAttribute("problem", messages.getMessage(e.messageKey(), e.args().toArray(),
                LocaleContextHolder.getLocale()));
        model.addAttribute("problemPosition", e.position());
    }
}
