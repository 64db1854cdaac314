package dev.tandem.estimation.api;

import dev.tandem.estimation.EstimateSuggestion;
import dev.tandem.estimation.EstimationManagement;
import dev.tandem.estimation.engine.EffortSuggester;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Effort estimation", description = "Story points and hours suggested from similar finished items")
class EstimationApi {

    private final EstimationManagement estimation;

    EstimationApi(EstimationManagement estimation) {
        this.estimation = estimation;
    }

    @GetMapping("/estimate-suggestion")
    @Operation(summary = "Suggested story points (and hours) for an item about to be created",
            description = "The weighted median of the most similar among the project's " + EffortSuggester.HISTORY
                    + " most recently finished items (of every project the caller can read when the project has fewer "
                    + "than three with story points); the three most similar come back as the reason, and a sentence "
                    + "in the request's language (Accept-Language: en or zh-CN). Title at most 200 characters, description at "
                    + "most 10,000.")
    EstimateSuggestion forNewItem(Actor actor, @PathVariable String key, @RequestParam String title,
                                  @RequestParam(required = false) String description,
                                  @RequestParam(required = false) String type) {
        return estimation.suggest(actor, key, title, description, type);
    }

    @GetMapping("/items/{itemKey}/estimate-suggestion")
    @Operation(summary = "Suggested story points (and hours) for an existing item, never learnt from the item itself")
    EstimateSuggestion forItem(Actor actor, @PathVariable String key, @PathVariable String itemKey) {
        return estimation.suggestFor(actor, key, itemKey);
    }
}
