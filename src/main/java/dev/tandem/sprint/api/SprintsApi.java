package dev.tandem.sprint.api;

import dev.tandem.shared.Actor;
import dev.tandem.sprint.BacklogItem;
import dev.tandem.sprint.Burndown;
import dev.tandem.workitem.HistoryEntry;
import dev.tandem.sprint.PersonCapacity;
import dev.tandem.sprint.SprintCompletion;
import dev.tandem.sprint.SprintDraft;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.sprint.SprintView;
import dev.tandem.sprint.Standup;
import dev.tandem.sprint.Velocity;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Sprints", description = "The Scrum track: ranked backlog, sprints, capacity, burndown, velocity, stand-up")
class SprintsApi {

    private final SprintManagement sprints;

    SprintsApi(SprintManagement sprints) {
        this.sprints = sprints;
    }

    record NewSprint(@Size(max = 200) String name, @Size(max = 2000) String goal, LocalDate startDate,
                     LocalDate endDate) {
    }

    /** Absent fields keep their value; an empty goal clears it. */
    record SprintEdit(@Size(max = 200) String name, @Size(max = 2000) String goal, LocalDate startDate,
                      LocalDate endDate, Long version) {
    }

    record Start(Long version) {
    }

    /** {@code carryOver}: "next" (the default: the next planned sprint, else the backlog) or "backlog". */
    record Complete(Long version, @Size(max = 20) String carryOver) {
    }

    /** The item and its current version. */
    record SprintItemRef(@Size(max = 20) String item, Long version) {
    }

    @GetMapping("/backlog")
    List<BacklogItem> backlog(Actor actor, @PathVariable String key) {
        return sprints.backlog(actor, key);
    }

    @GetMapping("/sprints")
    List<SprintView> list(Actor actor, @PathVariable String key) {
        return sprints.sprints(actor, key);
    }

    @PostMapping("/sprints")
    ResponseEntity<SprintView> plan(Actor actor, @PathVariable String key, @Valid @RequestBody NewSprint body) {
        SprintView sprint = sprints.plan(actor, key, new SprintDraft(body.name(), body.goal(), body.startDate(),
                body.endDate()));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + sprint.projectKey() + "/sprints/" + sprint.id()))
                .body(sprint);
    }

    @GetMapping("/sprints/{id}")
    SprintView sprint(Actor actor, @PathVariable String key, @PathVariable long id) {
        return sprints.sprint(actor, key, id);
    }

    @PatchMapping("/sprints/{id}")
    SprintView update(Actor actor, @PathVariable String key, @PathVariable long id, @Valid @RequestBody SprintEdit body) {
        return sprints.update(actor, key, id, new SprintDraft(body.name(), body.goal(), body.startDate(), body.endDate()),
                body.version());
    }

    @PostMapping("/sprints/{id}/start")
    SprintView start(Actor actor, @PathVariable String key, @PathVariable long id, @RequestBody Start body) {
        return sprints.start(actor, key, id, body.version());
    }

    @PostMapping("/sprints/{id}/complete")
    SprintCompletion complete(Actor actor, @PathVariable String key, @PathVariable long id,
                              @Valid @RequestBody Complete body) {
        return sprints.complete(actor, key, id, body.carryOver(), body.version());
    }

    @PostMapping("/sprints/{id}/items")
    SprintView addItem(Actor actor, @PathVariable String key, @PathVariable long id,
                       @Valid @RequestBody SprintItemRef body) {
        return sprints.addItem(actor, key, id, body.item(), body.version());
    }

    @DeleteMapping("/sprints/{id}/items/{itemKey}")
    SprintView removeItem(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable String itemKey,
                          @RequestParam(required = false) Long version) {
        return sprints.removeItem(actor, key, id, itemKey, version);
    }

    @GetMapping("/sprints/{id}/history")
    List<HistoryEntry> history(Actor actor, @PathVariable String key, @PathVariable long id) {
        return sprints.history(actor, key, id);
    }

    @GetMapping("/sprints/{id}/capacity")
    List<PersonCapacity> capacity(Actor actor, @PathVariable String key, @PathVariable long id) {
        return sprints.capacity(actor, key, id);
    }

    /** Burndown and burnup together: remaining, completed and scope per working day. */
    @GetMapping("/sprints/{id}/burndown")
    Burndown burndown(Actor actor, @PathVariable String key, @PathVariable long id) {
        return sprints.burndown(actor, key, id);
    }

    @GetMapping("/velocity")
    Velocity velocity(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "6") int last) {
        return sprints.velocity(actor, key, last);
    }

    @GetMapping("/standup")
    Standup standup(Actor actor, @PathVariable String key,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return sprints.standup(actor, key, date);
    }
}
