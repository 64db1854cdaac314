package dev.tandem.webhook.api;

import dev.tandem.shared.Actor;
import dev.tandem.webhook.DeliveryView;
import dev.tandem.webhook.SubscriptionFields;
import dev.tandem.webhook.SubscriptionView;
import dev.tandem.webhook.SubscriptionWithSecret;
import dev.tandem.webhook.WebhookManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}/webhooks")
@Tag(name = "Webhooks", description = "Signed HTTP callbacks on a project's events, their deliveries and attempts")
class WebhooksApi {

    private final WebhookManagement webhooks;

    WebhooksApi(WebhookManagement webhooks) {
        this.webhooks = webhooks;
    }

    record SubscriptionBody(@Size(max = 2000) String url, @Size(max = 200) String description,
                            @Size(max = 20) List<@Size(max = 40) String> events, Boolean active, Long version) {

        SubscriptionFields fields() {
            return new SubscriptionFields(url, description, events, active);
        }
    }

    record VersionBody(Long version) {
    }

    @Operation(summary = "List the project's webhooks", description = "Secrets are never listed.")
    @GetMapping
    List<SubscriptionView> list(Actor actor, @PathVariable String key) {
        return webhooks.subscriptions(actor, key);
    }

    @Operation(summary = "Add a webhook",
            description = "An http(s) URL whose host resolves to public addresses only (unless the server allows "
                    + "private targets), one or more event types (item.created, item.changed, item.status-changed, "
                    + "milestone.slipped, change.submitted, change.decided, baseline.captured, "
                    + "meeting.decision-recorded); at most 20 per project. The answer holds the signing secret, shown "
                    + "this once.")
    @PostMapping
    ResponseEntity<SubscriptionWithSecret> subscribe(Actor actor, @PathVariable String key,
                                                     @Valid @RequestBody SubscriptionBody body) {
        SubscriptionWithSecret created = webhooks.subscribe(actor, key, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/webhooks/"
                + created.subscription().id())).body(created);
    }

    @GetMapping("/{id}")
    SubscriptionView get(Actor actor, @PathVariable String key, @PathVariable long id) {
        return webhooks.subscription(actor, key, id);
    }

    @Operation(summary = "Change a webhook's URL, description, event types or whether it is active",
            description = "Fields left out stay as they are; the version it was based on is required.")
    @PatchMapping("/{id}")
    SubscriptionView update(Actor actor, @PathVariable String key, @PathVariable long id,
                            @Valid @RequestBody SubscriptionBody body) {
        return webhooks.update(actor, key, id, body.fields(), body.version());
    }

    @Operation(summary = "Give a webhook a new signing secret", description = "The old secret stops at once; the "
            + "answer holds the new one, shown this once.")
    @PostMapping("/{id}/secret")
    SubscriptionWithSecret rotateSecret(Actor actor, @PathVariable String key, @PathVariable long id,
                                        @RequestBody VersionBody body) {
        return webhooks.rotateSecret(actor, key, id, body.version());
    }

    @Operation(summary = "Remove a webhook", description = "Its deliveries go with it, those not yet sent included.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String key, @PathVariable long id,
                                @RequestParam Long version) {
        webhooks.delete(actor, key, id, version);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A webhook's latest deliveries", description = "Newest first, without their attempts.")
    @GetMapping("/{id}/deliveries")
    List<DeliveryView> deliveries(Actor actor, @PathVariable String key, @PathVariable long id,
                                  @Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int limit) {
        return webhooks.deliveries(actor, key, id, limit);
    }

    @Operation(summary = "One delivery with every attempt",
            description = "Each attempt's HTTP status, error, the first 1,000 bytes of the answer and its duration.")
    @GetMapping("/{id}/deliveries/{deliveryId}")
    DeliveryView delivery(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable UUID deliveryId) {
        return webhooks.delivery(actor, key, id, deliveryId);
    }

    @Operation(summary = "Send a delivery again",
            description = "Due at once with the same delivery id and body (signed anew), and another day of retries; "
                    + "409 while it is being sent.")
    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    DeliveryView redeliver(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable UUID deliveryId) {
        return webhooks.redeliver(actor, key, id, deliveryId);
    }
}
