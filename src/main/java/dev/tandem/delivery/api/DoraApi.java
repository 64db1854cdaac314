package dev.tandem.delivery.api;

import dev.tandem.delivery.DeliveryManagement;
import dev.tandem.delivery.DoraReport;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Delivery")
class DoraApi {

    private final DeliveryManagement delivery;

    DoraApi(DeliveryManagement delivery) {
        this.delivery = delivery;
    }

    @Operation(summary = "The project's DORA metrics",
            description = "Deployment frequency (a week), lead time for changes and time to restore (median hours), "
                    + "change failure rate (0 to 1) over the last days (7 to 365, default 90), each with its band per "
                    + "bandSource; the weekly trend; the deployments with their changes and the incidents behind the "
                    + "numbers. service narrows it to one repository.")
    @GetMapping("/api/v1/projects/{key}/dora")
    DoraReport dora(Actor actor, @PathVariable String key, @RequestParam(required = false) String service,
                    @RequestParam(required = false) Integer days) {
        return delivery.dora(actor, key, service, days);
    }
}
