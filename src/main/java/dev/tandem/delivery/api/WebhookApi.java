package dev.tandem.delivery.api;

import dev.tandem.delivery.WebhookIntake;
import dev.tandem.delivery.WebhookIntake.Outcome;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where code hosts and CI servers post their webhooks. No session or token: the signature made with the
 * integration's secret is the credential (docs/contexts/delivery.md), so the security configuration lets these
 * addresses through and the operation is left out of the OpenAPI document of the token API.
 */
@Hidden
@RestController
class WebhookApi {

    private final WebhookIntake intake;

    WebhookApi(WebhookIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/v1/hooks/{hookId}")
    ResponseEntity<?> receive(@PathVariable String hookId, HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(WebhookIntake.MAX_PAYLOAD_BYTES + 1);
        }
        Outcome outcome;
        try {
            outcome = intake.receive(hookId, request::getHeader, body);
        } catch (DataIntegrityViolationException e) {
            outcome = WebhookIntake.DUPLICATE;
        }
        if (outcome.status() >= 400) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(outcome.status()), outcome.detail());
            return ResponseEntity.status(outcome.status()).body(problem);
        }
        return ResponseEntity.status(outcome.status()).body(Map.of("result", outcome.result(), "detail", outcome.detail()));
    }
}
