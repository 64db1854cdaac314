package dev.tandem.earnedvalue.api;

import dev.tandem.earnedvalue.EarnedValueManagement;
import dev.tandem.earnedvalue.EarnedValueReport;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Earned value", description = "Planned value, earned value and actual cost against the current baseline")
class EarnedValueApi {

    private final EarnedValueManagement earnedValue;

    EarnedValueApi(EarnedValueManagement earnedValue) {
        this.earnedValue = earnedValue;
    }

    record RuleBody(@Size(max = 20) String progressRule, Long version) {
    }

    @Operation(summary = "The project's earned value figures and weekly S-curve",
            description = "Per project, milestone and epic; past weeks of the curve come from weekly snapshots.")
    @GetMapping("/earned-value")
    EarnedValueReport report(Actor actor, @PathVariable String key) {
        return earnedValue.report(actor, key);
    }

    @Operation(summary = "Choose how items earn value",
            description = "ZERO_HUNDRED (the default), FIFTY_FIFTY or REMAINING; with the settingsVersion last read.")
    @PutMapping("/earned-value/settings")
    EarnedValueReport setRule(Actor actor, @PathVariable String key, @Valid @RequestBody RuleBody body) {
        return earnedValue.setProgressRule(actor, key, body.progressRule(), body.version());
    }
}
