package dev.tandem.delayrisk.api;

import dev.tandem.delayrisk.DelayRiskManagement;
import dev.tandem.delayrisk.ModelVersion;
import dev.tandem.delayrisk.ProjectDelayRisk;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Delay risk", description = "How likely open items and milestones are to finish late, and why")
class DelayRiskApi {

    private final DelayRiskManagement delayRisk;

    DelayRiskApi(DelayRiskManagement delayRisk) {
        this.delayRisk = delayRisk;
    }

    @GetMapping("/projects/{key}/delay-risk")
    @Operation(summary = "Delay risk of a project's open items and milestones",
            description = "Riskiest first, each with its top factors; `basis` says whether the trained model "
                    + "(`modelVersion`) or the cold-start rule scored them.")
    ProjectDelayRisk project(Actor actor, @PathVariable String key, Locale locale) {
        return delayRisk.project(actor, key, locale);
    }

    @GetMapping("/delay-risk/models")
    @Operation(summary = "Delay-risk model versions", description = "Newest first, with each back-test; administrators only.")
    List<ModelVersion> versions(Actor actor) {
        return delayRisk.versions(actor);
    }

    @PostMapping("/delay-risk/models")
    @Operation(summary = "Train a new delay-risk model version", description = "Administrators only. The answer is the "
            + "new version: ACTIVE when it trained and passed its back-test, FAILED with the reason otherwise (the "
            + "version in service then stays).")
    ResponseEntity<ModelVersion> retrain(Actor actor) {
        ModelVersion v = delayRisk.retrain(actor);
        return ResponseEntity.created(URI.create("/api/v1/delay-risk/models/" + v.version())).body(v);
    }
}
