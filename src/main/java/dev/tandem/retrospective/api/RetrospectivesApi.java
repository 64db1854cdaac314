package dev.tandem.retrospective.api;

import dev.tandem.retrospective.ProcessTemplateManagement;
import dev.tandem.retrospective.RetrospectiveFields;
import dev.tandem.retrospective.RetrospectiveManagement;
import dev.tandem.retrospective.RetrospectiveSummary;
import dev.tandem.retrospective.RetrospectiveView;
import dev.tandem.retrospective.TemplateVersionConflict;
import dev.tandem.retrospective.TemplateViews;
import dev.tandem.shared.Actor;
import dev.tandem.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}/retrospectives")
@Tag(name = "Retrospectives", description = "Retrospectives of a project: cards, groups, dot votes, action items")
class RetrospectivesApi {

    private final RetrospectiveManagement retrospectives;
    private final ProcessTemplateManagement templates;

    RetrospectivesApi(RetrospectiveManagement retrospectives, ProcessTemplateManagement templates) {
        this.retrospectives = retrospectives;
        this.templates = templates;
    }

    record CreateBody(@Size(max = 200) String title, @Size(max = 20) String kind, @Size(max = 30) String format,
                      Integer votesPerPerson, Integer maxVotesPerTarget) {
    }

    record StageBody(@Size(max = 20) String stage, Long version) {
    }

    record CardBody(@Size(max = 20) String column, @Size(max = 1000) String body, Boolean anonymous) {
    }

    record GroupBody(@Size(max = 200) String title, @Size(max = 100) List<Long> cards) {
    }

    record VoteBody(Long card, Long group) {
    }

    record ActionBody(@Size(max = 200) String title, @Size(max = 100) String owner, LocalDate due) {
    }

    record WorkItemBody(Long version) {
    }

    record PromotionBody(Long template, @Size(max = 2000) String text, @Size(max = 500) String note,
                         Integer baseVersion) {
    }

    @GetMapping
    List<RetrospectiveSummary> list(Actor actor, @PathVariable String key) {
        return retrospectives.list(actor, key);
    }

    @Operation(summary = "Open a retrospective",
            description = "kind SPRINT, MILESTONE or INCIDENT; format START_STOP_CONTINUE, FOUR_LS or MAD_SAD_GLAD; "
                    + "dots per person 1–20 (default 5), at most that many on one card or group (default 3). The caller "
                    + "becomes its facilitator.")
    @PostMapping
    ResponseEntity<RetrospectiveView> create(Actor actor, @PathVariable String key, @Valid @RequestBody CreateBody body) {
        RetrospectiveView view = retrospectives.create(actor, key, new RetrospectiveFields(body.title(), body.kind(),
                body.format(), body.votesPerPerson(), body.maxVotesPerTarget()));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/retrospectives/" + view.id())).body(view);
    }

    @Operation(summary = "A retrospective with its cards, groups, vote totals and action items",
            description = "An anonymous card has no author in any answer.")
    @GetMapping("/{id}")
    RetrospectiveView get(Actor actor, @PathVariable String key, @PathVariable long id) {
        return retrospectives.get(actor, key, id);
    }

    @Operation(summary = "Move to the next stage or close",
            description = "COLLECT → GROUP → VOTE → DISCUSS → CLOSED, one step at a time (CLOSED from any stage); for "
                    + "the facilitator, with the retrospective's version.")
    @PostMapping("/{id}/stage")
    RetrospectiveView move(Actor actor, @PathVariable String key, @PathVariable long id,
                           @Valid @RequestBody StageBody body) {
        return retrospectives.move(actor, key, id, body.stage(), body.version());
    }

    @Operation(summary = "Add a card (stage COLLECT)",
            description = "An anonymous card is stored without its author: nobody can learn it, or change the card.")
    @PostMapping("/{id}/cards")
    ResponseEntity<RetrospectiveView> card(Actor actor, @PathVariable String key, @PathVariable long id,
                                           @Valid @RequestBody CardBody body) {
        return ResponseEntity.status(201).body(retrospectives.addCard(actor, key, id, body.column(), body.body(),
                Boolean.TRUE.equals(body.anonymous())));
    }

    record CardTextBody(@Size(max = 1000) String body) {
    }

    @Operation(summary = "Change one's own card (stage COLLECT)",
            description = "Only the author of a named card; an anonymous card names nobody and stays as written (403).")
    @PutMapping("/{id}/cards/{cardId}")
    RetrospectiveView editCard(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable long cardId,
                               @Valid @RequestBody CardTextBody body) {
        return retrospectives.editCard(actor, key, id, cardId, body.body());
    }

    @Operation(summary = "Take one's own card back (stage COLLECT)", description = "Only the author of a named card.")
    @DeleteMapping("/{id}/cards/{cardId}")
    RetrospectiveView removeCard(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable long cardId) {
        return retrospectives.removeCard(actor, key, id, cardId);
    }

    @Operation(summary = "Group cards under a title (stage GROUP)")
    @PostMapping("/{id}/groups")
    ResponseEntity<RetrospectiveView> group(Actor actor, @PathVariable String key, @PathVariable long id,
                                            @Valid @RequestBody GroupBody body) {
        return ResponseEntity.status(201).body(retrospectives.group(actor, key, id, body.title(), body.cards()));
    }

    @Operation(summary = "Place a dot on a card or a group (stage VOTE)",
            description = "Over the caller's dots or the limit on one card or group: 400, nothing stored.")
    @PostMapping("/{id}/votes")
    ResponseEntity<RetrospectiveView> vote(Actor actor, @PathVariable String key, @PathVariable long id,
                                           @Valid @RequestBody VoteBody body) {
        return ResponseEntity.status(201).body(retrospectives.vote(actor, key, id, body.card(), body.group()));
    }

    @Operation(summary = "Take back one of the caller's dots from a card or a group (stage VOTE)")
    @DeleteMapping("/{id}/votes")
    RetrospectiveView unvote(Actor actor, @PathVariable String key, @PathVariable long id,
                             @RequestParam(required = false) Long card, @RequestParam(required = false) Long group) {
        return retrospectives.unvote(actor, key, id, card, group);
    }

    @Operation(summary = "Add an action item (stage DISCUSS)", description = "The owner must be a project member.")
    @PostMapping("/{id}/actions")
    ResponseEntity<RetrospectiveView> action(Actor actor, @PathVariable String key, @PathVariable long id,
                                             @Valid @RequestBody ActionBody body) {
        return ResponseEntity.status(201).body(retrospectives.addAction(actor, key, id, body.title(), body.owner(),
                body.due()));
    }

    @Operation(summary = "Turn an action item into a work item",
            description = "A task assigned to the owner (while a member), due on the action's date, linked back; once.")
    @PostMapping("/{id}/actions/{actionId}/work-item")
    ResponseEntity<RetrospectiveView> workItem(Actor actor, @PathVariable String key, @PathVariable long id,
                                               @PathVariable long actionId,
                                               @Valid @RequestBody(required = false) WorkItemBody body) {
        return ResponseEntity.status(201).body(retrospectives.actionToItem(actor, key, id, actionId,
                body == null ? null : body.version()));
    }

    @Operation(summary = "Promote an improvement into a process template",
            description = "Adds the text to the end of the template as its next version, recorded with this "
                    + "retrospective; for the facilitator, in stage DISCUSS or CLOSED. baseVersion is the template "
                    + "version the text was written against: an older one answers 409 with both versions.")
    @PostMapping("/{id}/promotions")
    ResponseEntity<TemplateViews.Template> promote(Actor actor, @PathVariable String key, @PathVariable long id,
                                                   @Valid @RequestBody PromotionBody body) {
        if (body.template() == null) {
            throw new dev.tandem.shared.InvalidInputException("template", Text.of("problem.input.required"));
        }
        return ResponseEntity.status(201).body(templates.promote(actor, key, id, body.template(), body.text(),
                body.note(), body.baseVersion()));
    }

    @ExceptionHandler(TemplateVersionConflict.class)
    ProblemDetail stale(TemplateVersionConflict e, HttpServletRequest request) {
        return TemplateConflictProblem.of(e, request);
    }
}
