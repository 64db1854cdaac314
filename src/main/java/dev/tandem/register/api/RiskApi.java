package dev.tandem.register.api;

import dev.tandem.register.RiskFields;
import dev.tandem.register.RiskManagement;
import dev.tandem.register.RiskRegister;
import dev.tandem.register.RiskView;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Risks", description = "The risk register: probability × impact, heat map and threshold")
class RiskApi {

    private final RiskManagement risks;

    RiskApi(RiskManagement risks) {
        this.risks = risks;
    }

    record RiskBody(@Size(max = 255) String title, @Size(max = 16) String category, Integer probability, Integer impact,
                    @Size(max = 64) String owner, @Size(max = 4000) String mitigation,
                    @Size(max = 4000) String contingency, @Size(max = 4000) String trigger,
                    @Size(max = 16) String status, @Size(max = 50) Set<@Size(max = 20) String> items, Long version) {

        RiskFields fields() {
            return new RiskFields(title, category, probability, impact, owner, mitigation, contingency, trigger, status, items);
        }
    }

    record ThresholdBody(Integer threshold, Long version) {
    }

    @GetMapping("/risks")
    RiskRegister register(Actor actor, @PathVariable String key) {
        return risks.register(actor, key);
    }

    @PostMapping("/risks")
    ResponseEntity<RiskView> create(Actor actor, @PathVariable String key, @Valid @RequestBody RiskBody body) {
        RiskView risk = risks.create(actor, key, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/risks/" + risk.number())).body(risk);
    }

    @GetMapping("/risks/{number}")
    RiskView risk(Actor actor, @PathVariable String key, @PathVariable int number) {
        return risks.risk(actor, key, number);
    }

    @PatchMapping("/risks/{number}")
    RiskView update(Actor actor, @PathVariable String key, @PathVariable int number, @Valid @RequestBody RiskBody body) {
        return risks.update(actor, key, number, body.fields(), body.version());
    }

    @PutMapping("/risks/threshold")
    RiskRegister threshold(Actor actor, @PathVariable String key, @RequestBody ThresholdBody body) {
        return risks.setThreshold(actor, key, body.threshold(), body.version());
    }
}
