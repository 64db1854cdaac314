package dev.tandem.register.api;

import dev.tandem.register.ScoreFields;
import dev.tandem.register.ScorecardManagement;
import dev.tandem.register.ScorecardView;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Scorecards", description = "Technical impact scorecards of features and epics, with their history")
class ScorecardApi {

    private final ScorecardManagement scorecards;

    ScorecardApi(ScorecardManagement scorecards) {
        this.scorecards = scorecards;
    }

    record ScoreBody(@Size(max = 20) String item, Integer feasibility, @Size(max = 4000) String feasibilityRationale,
                     Integer scalability, @Size(max = 4000) String scalabilityRationale, Integer maintainability,
                     @Size(max = 4000) String maintainabilityRationale, Integer risk,
                     @Size(max = 4000) String riskRationale) {

        ScoreFields fields() {
            return new ScoreFields(feasibility, feasibilityRationale, scalability, scalabilityRationale, maintainability,
                    maintainabilityRationale, risk, riskRationale);
        }
    }

    @GetMapping("/projects/{key}/scorecards")
    List<ScorecardView> list(Actor actor, @PathVariable String key) {
        return scorecards.scorecards(actor, key);
    }

    @PostMapping("/projects/{key}/scorecards")
    ResponseEntity<ScorecardView> score(Actor actor, @PathVariable String key, @Valid @RequestBody ScoreBody body) {
        ScorecardView card = scorecards.score(actor, key, body.item(), body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/scorecards/" + card.item())).body(card);
    }

    /** A re-scoring: the ratings sent replace the latest ones in a new row; the old rows stay as history. */
    @PatchMapping("/projects/{key}/scorecards/{item}")
    ScorecardView rescore(Actor actor, @PathVariable String key, @PathVariable String item,
                          @Valid @RequestBody ScoreBody body) {
        return scorecards.score(actor, key, item, body.fields());
    }

    @GetMapping("/projects/{key}/scorecards/{item}")
    List<ScorecardView> history(Actor actor, @PathVariable String key, @PathVariable String item) {
        return scorecards.history(actor, key, item);
    }

    @GetMapping("/scorecards")
    List<ScorecardView> portfolio(Actor actor) {
        return scorecards.portfolioView(actor);
    }
}
