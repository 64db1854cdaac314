package dev.tandem.change.api;

import dev.tandem.change.ChangeManagement;
import dev.tandem.change.ChangeRequestView;
import dev.tandem.change.DecisionRule;
import dev.tandem.change.ProposedChange;
import dev.tandem.change.VoteDecision;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Change control", description = "Change requests, their impact assessment and the technical review board")
class ChangeRequestsApi {

    private final ChangeManagement changes;

    ChangeRequestsApi(ChangeManagement changes) {
        this.changes = changes;
    }

    record NewChangeRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String reason,
                            @NotNull @Size(min = 1, max = 100) List<ProposedChange> changes,
                            @Min(1) @Max(5) Integer qualityRating, @Size(max = 2000) String qualityRationale) {
    }

    record NewVote(@NotNull VoteDecision decision, @Size(max = 2000) String comment) {
    }

    /** Only the fields given change; {@code reviewers} lists the board's members by username. */
    record BoardEdit(DecisionRule rule, Integer quorum, ProjectRole vetoRole, @Size(max = 3) String currency,
                     @Size(max = 200) List<@NotBlank @Size(max = 64) String> reviewers,
                     @Size(max = 10) Map<String, BigDecimal> roleRates, @Size(max = 500) Map<String, BigDecimal> personRates,
                     Long version) {
    }

    @PostMapping("/projects/{key}/change-requests")
    ResponseEntity<ChangeRequestView> draft(Actor actor, @PathVariable String key, @Valid @RequestBody NewChangeRequest body) {
        ChangeRequestView view = changes.draft(actor, key, body.title(), body.reason(), body.changes(),
                body.qualityRating(), body.qualityRationale());
        return ResponseEntity.created(URI.create("/api/v1/change-requests/" + view.id())).body(view);
    }

    @GetMapping("/projects/{key}/change-requests")
    List<ChangeRequestView> list(Actor actor, @PathVariable String key) {
        return changes.list(actor, key);
    }

    @GetMapping("/change-requests/{id}")
    ChangeRequestView get(Actor actor, @PathVariable long id) {
        return changes.get(actor, id);
    }

    @PostMapping("/change-requests/{id}/submit")
    ChangeRequestView submit(Actor actor, @PathVariable long id) {
        return changes.submit(actor, id);
    }

    @PostMapping("/change-requests/{id}/votes")
    ChangeRequestView vote(Actor actor, @PathVariable long id, @Valid @RequestBody NewVote body) {
        return changes.vote(actor, id, body.decision(), body.comment());
    }

    @PostMapping("/change-requests/{id}/refresh")
    ChangeRequestView refresh(Actor actor, @PathVariable long id) {
        return changes.refresh(actor, id);
    }

    @PostMapping("/change-requests/{id}/withdraw")
    ChangeRequestView withdraw(Actor actor, @PathVariable long id) {
        return changes.withdraw(actor, id);
    }

    @GetMapping("/projects/{key}/review-board")
    ChangeManagement.BoardSettings board(Actor actor, @PathVariable String key) {
        return changes.boardSettings(actor, key);
    }

    @PatchMapping("/projects/{key}/review-board")
    ChangeManagement.BoardSettings configure(Actor actor, @PathVariable String key, @Valid @RequestBody BoardEdit body) {
        return changes.configureBoard(actor, key, body.rule(), body.quorum(), body.vetoRole(), body.currency(),
                body.reviewers(), body.roleRates(), body.personRates(), body.version());
    }
}
