package dev.tandem.workitem.api;

import dev.tandem.shared.Actor;
import dev.tandem.workitem.CommentView;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.HistoryEntry;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemPage;
import dev.tandem.workitem.internal.ItemQuery;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusView;
import dev.tandem.workitem.WorkItemManagement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Work items", description = "Work items, their dependencies, comments and history")
class ItemsApi {

    private final WorkItemManagement items;

    ItemsApi(WorkItemManagement items) {
        this.items = items;
    }

    record NewItem(@NotBlank @Size(max = 12) String type, @NotBlank @Size(max = 255) String title,
                   @Size(max = 20000) String description, @Size(max = 40) String status, Boolean blocked,
                   @Size(max = 500) String blockedReason, @Size(max = 10) String priority,
                   @Size(max = 64) String assignee, @Size(max = 20) String parent, @Size(max = 20) Set<@Size(max = 40) String> labels,
                   BigDecimal storyPoints, BigDecimal estimateHours, BigDecimal optimisticDays,
                   BigDecimal mostLikelyDays, BigDecimal pessimisticDays, LocalDate plannedStart,
                   LocalDate plannedFinish, LocalDate dueDate) {

        ItemFields fields() {
            return new ItemFields(type, title, description, status, blocked, blockedReason, priority, assignee, parent,
                    labels, storyPoints, estimateHours, optimisticDays, mostLikelyDays, pessimisticDays, plannedStart,
                    plannedFinish, dueDate, Set.of());
        }
    }

    record NewDependency(@NotBlank @Size(max = 20) String predecessor, @Size(max = 2) String type, Integer lagDays) {
    }

    record MajorTechnical(@jakarta.validation.constraints.NotNull Boolean majorTechnical, Long version) {
    }

    record NewComment(@NotBlank @Size(max = 10000) String body) {
    }

    record CommentEdit(@NotBlank @Size(max = 10000) String body, Long version) {
    }

    @GetMapping("/projects/{key}/items")
    ItemPage list(Actor actor, @PathVariable String key, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String assignee,
                  @RequestParam(required = false) String label, @RequestParam(required = false) String text,
                  @RequestParam(required = false) Boolean blocked, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "50") int size) {
        return items.search(actor, key, new ItemQuery(type, status, assignee, label, text, blocked, page, size));
    }

    @PostMapping("/projects/{key}/items")
    ResponseEntity<ItemView> create(Actor actor, @PathVariable String key, @Valid @RequestBody NewItem body) {
        ItemView item = items.create(actor, key, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/items/" + item.key())).body(item);
    }

    @GetMapping("/projects/{key}/statuses")
    List<StatusView> statuses(Actor actor, @PathVariable String key) {
        return items.statuses(actor, key);
    }

    @GetMapping("/projects/{key}/dependencies")
    List<DependencyView> projectDependencies(Actor actor, @PathVariable String key) {
        return items.projectDependencies(actor, key);
    }

    @GetMapping("/items/{itemKey}")
    ItemView item(Actor actor, @PathVariable String itemKey) {
        return items.get(actor, itemKey);
    }

    @PatchMapping("/items/{itemKey}")
    ItemView update(Actor actor, @PathVariable String itemKey, @RequestBody ItemPatch body) {
        return items.update(actor, itemKey, body.fields(), body.getVersion());
    }

    @DeleteMapping("/items/{itemKey}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String itemKey, @RequestParam Long version) {
        items.delete(actor, itemKey, version);
        return ResponseEntity.noContent().build();
    }

    /** Architecture-level items: after the baseline, their scope and dates change only through change requests. */
    @PostMapping("/items/{itemKey}/major-technical")
    ItemView markMajorTechnical(Actor actor, @PathVariable String itemKey, @Valid @RequestBody MajorTechnical body) {
        return items.markMajorTechnical(actor, itemKey, body.majorTechnical(), body.version());
    }

    @GetMapping("/items/{itemKey}/history")
    List<HistoryEntry> history(Actor actor, @PathVariable String itemKey) {
        return items.history(actor, itemKey);
    }

    @GetMapping("/items/{itemKey}/dependencies")
    List<DependencyView> dependencies(Actor actor, @PathVariable String itemKey) {
        return items.dependencies(actor, itemKey);
    }

    @PostMapping("/items/{itemKey}/dependencies")
    ResponseEntity<DependencyView> addDependency(Actor actor, @PathVariable String itemKey,
                                                 @Valid @RequestBody NewDependency body) {
        return ResponseEntity.status(201).body(items.addDependency(actor, itemKey, body.predecessor(), body.type(),
                body.lagDays()));
    }

    @DeleteMapping("/items/{itemKey}/dependencies/{id}")
    ResponseEntity<Void> removeDependency(Actor actor, @PathVariable String itemKey, @PathVariable long id) {
        items.removeDependency(actor, itemKey, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/items/{itemKey}/comments")
    List<CommentView> comments(Actor actor, @PathVariable String itemKey) {
        return items.comments(actor, itemKey);
    }

    @PostMapping("/items/{itemKey}/comments")
    ResponseEntity<CommentView> addComment(Actor actor, @PathVariable String itemKey, @Valid @RequestBody NewComment body) {
        return ResponseEntity.status(201).body(items.addComment(actor, itemKey, body.body()));
    }

    @PatchMapping("/items/{itemKey}/comments/{id}")
    CommentView editComment(Actor actor, @PathVariable String itemKey, @PathVariable long id,
                            @Valid @RequestBody CommentEdit body) {
        return items.editComment(actor, itemKey, id, body.body(), body.version());
    }

    @DeleteMapping("/items/{itemKey}/comments/{id}")
    ResponseEntity<Void> deleteComment(Actor actor, @PathVariable String itemKey, @PathVariable long id) {
        items.deleteComment(actor, itemKey, id);
        return ResponseEntity.noContent().build();
    }
}
