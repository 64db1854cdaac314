package dev.tandem.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.delivery.internal.DeliveryProcessor;
import dev.tandem.delivery.internal.Integration;
import dev.tandem.delivery.internal.Integrations;
import dev.tandem.delivery.internal.Provider;
import dev.tandem.delivery.internal.SecretBox;
import dev.tandem.delivery.internal.Signatures;
import dev.tandem.delivery.internal.WebhookDeliveries;
import dev.tandem.delivery.internal.WebhookDelivery;

/**
 * Takes a delivery in: checks its signature, recognises a replay by the provider's delivery id, and stores it raw for
 * {@link DeliveryProcessor} to read after the answer has gone. Nothing is stored for a refused delivery. Neither
 * secrets nor signatures are logged.
 */
@Service
public class WebhookIntake {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);
    public static final int MAX_PAYLOAD_BYTES = 1_048_576;
    private static final int MAX_KEY = 100;
    private static final int MAX_EVENT = 60;

    private final Integrations integrations;
    private final WebhookDeliveries deliveries;
    private final SecretBox secrets;
    private final Clock clock;

    WebhookIntake(Integrations integrations, WebhookDeliveries deliveries, SecretBox secrets, Clock clock) {
        this.integrations = integrations;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** How a delivery was answered: HTTP status and a word on what happened. */
    public record Outcome(int status, String result, String detail) {
    }

    /** The answer to a delivery whose id the integration already received. */
    public static final Outcome DUPLICATE = new Outcome(200, "duplicate",
            "This delivery was received before; it was not processed again.");

    /**
     * {@code header} looks a request header up by name (null when absent). A replay is caught by the unique delivery id
     * when the row is written, which throws {@code DataIntegrityViolationException}: the caller answers
     * {@link #DUPLICATE} (a look-up first would cost every delivery a query).
     */
    @Transactional
    public Outcome receive(String hookId, UnaryOperator<String> header, byte[] body) {
        Optional<Integration> found = hookId == null || hookId.length() > 32 ? Optional.empty()
                : integrations.findByHookId(hookId);
        if (found.isEmpty()) {
            return new Outcome(404, "unknown", "No integration receives deliveries at this address.");
        }
        Integration integration = found.get();
        Provider provider = integration.provider();
        if (body.length > MAX_PAYLOAD_BYTES) {
            return new Outcome(413, "too-large", "The payload is larger than " + MAX_PAYLOAD_BYTES + " bytes.");
        }
        if (!Signatures.valid(provider, secrets.open(integration.secretCipher()), body,
                header.apply(provider.signatureHeader()))) {
            log.info("Refused a delivery to integration {}: missing or wrong {}", integration.id(),
                    provider.signatureHeader());
            return new Outcome(401, "unauthorized", "Missing or wrong " + provider.signatureHeader() + ".");
        }
        if (!integration.enabled()) {
            log.info("Ignored a delivery to integration {}: the integration is turned off", integration.id());
            return new Outcome(202, "ignored", "The integration is turned off; the delivery was not stored.");
        }
        String event = header.apply(provider.eventHeader());
        String key = header.apply(provider.deliveryHeader());
        if (event == null || event.isBlank() || event.length() > MAX_EVENT) {
            return new Outcome(400, "invalid", "The header " + provider.eventHeader() + " is missing or too long.");
        }
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            return new Outcome(400, "invalid", "The header " + provider.deliveryHeader() + " is missing or too long.");
        }
        WebhookDelivery delivery = new WebhookDelivery(integration.id(), integration.projectId(), key.strip(),
                event.strip(), new String(body, StandardCharsets.UTF_8), body.length, clock.instant());
        deliveries.saveAndFlush(delivery);
        return new Outcome(202, "queued", "Stored; it is processed in the background.");
    }
}
