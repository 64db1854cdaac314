package dev.tandem.planner.api;

import dev.tandem.planner.AcceptedPlan;
import dev.tandem.planner.PlanOptions;
import dev.tandem.planner.PlanView;
import dev.tandem.planner.PlannerManagement;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}/plans")
@Tag(name = "Scheduling assistant", description = "Solves that level load and assign people, and their acceptance")
class PlansApi {

    private final PlannerManagement planner;

    PlansApi(PlannerManagement planner) {
        this.planner = planner;
    }

    record StartBody(PlanOptions.Assign assign, Boolean level) {
    }

    record AcceptBody(@Size(max = 2000) List<String> items) {
    }

    @Operation(summary = "Start a solve",
            description = "Solves in the background within the configured time budget and a fixed seed; poll the plan "
                    + "for its best score so far and, once ready, its proposal. assign is NONE, UNASSIGNED (default) or "
                    + "ALL; level moves dates so that nobody is over capacity (default true). While a plan of the "
                    + "project runs, another start is refused with 409 naming it.")
    @PostMapping
    ResponseEntity<PlanView> start(Actor actor, @PathVariable String key, @RequestBody(required = false) StartBody body) {
        PlanOptions options = body == null ? new PlanOptions(PlanOptions.Assign.UNASSIGNED, true)
                : new PlanOptions(body.assign(), body.level() == null || body.level());
        PlanView plan = planner.start(actor, key, options);
        return ResponseEntity.accepted().location(URI.create("/api/v1/projects/" + key + "/plans/" + plan.id()))
                .body(plan);
    }

    @Operation(summary = "A plan: status, score (the best so far while running) and proposal")
    @GetMapping("/{id}")
    PlanView get(Actor actor, @PathVariable String key, @PathVariable long id) {
        return planner.get(actor, key, id);
    }

    @Operation(summary = "Accept a ready plan, all of it or the items named",
            description = "Applies moves and reassignments through the items' own edits. Dates of major technical "
                    + "items of a baselined project, and of items that push a milestone past its baseline, go into a "
                    + "new draft change request instead. When an item the plan read has changed since, 409 lists them "
                    + "and nothing is applied.")
    @PostMapping("/{id}/accept")
    AcceptedPlan accept(Actor actor, @PathVariable String key, @PathVariable long id,
                        @Valid @RequestBody(required = false) AcceptBody body) {
        return planner.accept(actor, key, id, body == null ? null : body.items());
    }

    @Operation(summary = "Cancel a running plan or discard a finished one")
    @DeleteMapping("/{id}")
    PlanView cancel(Actor actor, @PathVariable String key, @PathVariable long id) {
        return planner.cancelOrDiscard(actor, key, id);
    }
}
