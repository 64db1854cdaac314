package dev.tandem.delivery.api;

import dev.tandem.delivery.DeliveryManagement;
import dev.tandem.delivery.DeliveryView;
import dev.tandem.delivery.IntegrationFields;
import dev.tandem.delivery.IntegrationSecret;
import dev.tandem.delivery.IntegrationView;
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
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Delivery", description = "Code-host and CI integrations, their webhook deliveries, DORA metrics")
class IntegrationsApi {

    private final DeliveryManagement delivery;

    IntegrationsApi(DeliveryManagement delivery) {
        this.delivery = delivery;
    }

    record IntegrationBody(@Size(max = 100) String name, @Size(max = 16) String provider,
                           @Size(max = 100) String productionEnvironment, Boolean enabled,
                           @Size(max = 40) String reviewStatus, @Size(max = 40) String doneStatus, Long version) {

        IntegrationFields fields() {
            return new IntegrationFields(name, provider, productionEnvironment, enabled, reviewStatus, doneStatus);
        }
    }

    record VersionBody(Long version) {
    }

    @Operation(summary = "List the project's integrations", description = "Never shows a secret.")
    @GetMapping("/integrations")
    List<IntegrationView> list(Actor actor, @PathVariable String key) {
        return delivery.integrations(actor, key);
    }

    @Operation(summary = "Set up an integration",
            description = "provider is github, gitlab, gitea or generic. The answer carries the generated secret, "
                    + "shown this once; payloadPath is where the provider posts. reviewStatus and doneStatus name "
                    + "workflow statuses an item moves to when its pull request opens or its change reaches production.")
    @PostMapping("/integrations")
    ResponseEntity<IntegrationSecret> create(Actor actor, @PathVariable String key,
                                             @Valid @RequestBody IntegrationBody body) {
        IntegrationSecret created = delivery.create(actor, key, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/integrations/"
                + created.integration().id())).body(created);
    }

    @GetMapping("/integrations/{id}")
    IntegrationView get(Actor actor, @PathVariable String key, @PathVariable long id) {
        return delivery.integration(actor, key, id);
    }

    @Operation(summary = "Change an integration", description = "Null fields stay; a blank status turns its rule off.")
    @PatchMapping("/integrations/{id}")
    IntegrationView update(Actor actor, @PathVariable String key, @PathVariable long id,
                           @Valid @RequestBody IntegrationBody body) {
        return delivery.update(actor, key, id, body.fields(), body.version());
    }

    @Operation(summary = "Replace an integration's secret",
            description = "The new secret is in the answer, shown this once; the old one stops working at once.")
    @PostMapping("/integrations/{id}/secret")
    IntegrationSecret rotate(Actor actor, @PathVariable String key, @PathVariable long id,
                             @RequestBody VersionBody body) {
        return delivery.rotateSecret(actor, key, id, body.version());
    }

    @Operation(summary = "Remove an integration", description = "Its deliveries and what was read from them go too.")
    @DeleteMapping("/integrations/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String key, @PathVariable long id,
                                @RequestParam Long version) {
        delivery.delete(actor, key, id, version);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List received deliveries", description = "Newest first, at most 200; integration narrows "
            + "them to one integration.")
    @GetMapping("/deliveries")
    List<DeliveryView> deliveries(Actor actor, @PathVariable String key, @RequestParam(required = false) Long integration) {
        return delivery.deliveries(actor, key, integration);
    }

    @Operation(summary = "Process a stored delivery again",
            description = "Queues it; it is read in the background and merged with what is known, not counted twice.")
    @PostMapping("/deliveries/{id}/reprocess")
    ResponseEntity<DeliveryView> reprocess(Actor actor, @PathVariable String key, @PathVariable long id) {
        return ResponseEntity.accepted().body(delivery.reprocess(actor, key, id));
    }
}
