package dev.tandem.query.api;

import dev.tandem.query.FilterView;
import dev.tandem.query.QueryManagement;
import dev.tandem.query.engine.QueryException;
import dev.tandem.query.engine.Suggester;
import dev.tandem.shared.Actor;
import dev.tandem.system.Dates;
import dev.tandem.workitem.ItemPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Item queries", description = "The item query language across the caller's projects, and saved filters")
class QueryApi {

    private final QueryManagement queries;
    private final MessageSource messages;
    private final Dates dates;

    QueryApi(QueryManagement queries, MessageSource messages, Dates dates) {
        this.queries = queries;
        this.messages = messages;
        this.dates = dates;
    }

    record FilterBody(@Size(max = 120) String name, @Size(max = 2000) String query, @Size(max = 20) String project,
                      Long version) {
    }

    @Operation(summary = "Find items by a query across the projects the caller can read",
            description = "Conditions such as `status = \"In Progress\" AND assignee = currentUser() AND due <= "
                    + "endOfMonth(+1) ORDER BY priority DESC`: fields project, key, type, status, assignee, reporter, "
                    + "label, priority, sprint, epic, parent, estimate (hours), points, created, updated, due, text, "
                    + "blocked, critical, at-risk; operators =, !=, >, <, >=, <=, ~ (text contains), in, not in, "
                    + "is empty, is not empty; AND, OR, NOT and parentheses. An empty query lists every item. A "
                    + "mistake answers 400 with `position` (line, column from 1, offset from 0) and a message in the "
                    + "caller's language; a query that runs too long is stopped with 400.")
    @GetMapping("/items")
    ItemPage find(Actor actor, @Parameter(description = "the query") @RequestParam(defaultValue = "") String q,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return queries.run(actor, q, page, size, dates.zone());
    }

    @Operation(summary = "Complete a half-written query",
            description = "Fields, operators, values (statuses, sprints, labels and people of the caller's projects) "
                    + "or keywords that fit at the caret; each replaces the characters from `from` to `to`.")
    @GetMapping("/query/suggestions")
    List<Suggester.Suggestion> suggest(Actor actor, @RequestParam(defaultValue = "") String q,
                                       @RequestParam(required = false) Integer caret) {
        return queries.suggest(actor, q, caret == null ? q.length() : caret);
    }

    @Operation(summary = "The caller's filters and those shared with projects they can read")
    @GetMapping("/filters")
    List<FilterView> filters(Actor actor) {
        return queries.filters(actor);
    }

    @Operation(summary = "Save a filter", description = "Private to the caller, or shared with the readers of "
            + "`project`; the query must be valid.")
    @PostMapping("/filters")
    ResponseEntity<FilterView> create(Actor actor, @Valid @RequestBody FilterBody body) {
        FilterView filter = queries.create(actor, body.name(), body.query(), body.project(), dates.zone());
        return ResponseEntity.created(URI.create("/api/v1/filters/" + filter.id())).body(filter);
    }

    @GetMapping("/filters/{id}")
    FilterView filter(Actor actor, @PathVariable long id) {
        return queries.filter(actor, id);
    }

    @Operation(summary = "Change one's own filter", description = "Fields left out stay; an empty `project` makes "
            + "it private. A stale `version` answers 409.")
    @PatchMapping("/filters/{id}")
    FilterView update(Actor actor, @PathVariable long id, @Valid @RequestBody FilterBody body) {
        return queries.update(actor, id, body.name(), body.query(), body.project(), body.version(), dates.zone());
    }

    @DeleteMapping("/filters/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable long id, @RequestParam Long version) {
        queries.delete(actor, id, version);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The items a saved filter finds now")
    @GetMapping("/filters/{id}/items")
    ItemPage items(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "25") int size) {
        return queries.runFilter(actor, id, page, size, dates.zone());
    }

    @Operation(summary = "Hear of new matches", description = "From now on, items that come to match the filter "
            + "appear in the caller's notifications (checked every few minutes).")
    @PutMapping("/filters/{id}/subscription")
    FilterView subscribe(Actor actor, @PathVariable long id) {
        return queries.subscribe(actor, id);
    }

    @DeleteMapping("/filters/{id}/subscription")
    FilterView unsubscribe(Actor actor, @PathVariable long id) {
        return queries.unsubscribe(actor, id);
    }

    @ExceptionHandler(QueryException.class)
    ProblemDetail invalidQuery(QueryException e, HttpServletRequest request) {
        String message = messages.getMessage(e.messageKey(), e.args().toArray(), LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(messages.getMessage("problem.title.invalidQuery", null, LocaleContextHolder.getLocale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("position", Map.of("line", e.position().line(), "column", e.position().column(),
                "offset", e.position().offset()));
        problem.setProperty("errors", Map.of("q", message));
        return problem;
    }
}
