package dev.tandem.audit.api;

import dev.tandem.audit.AuditRecord;
import dev.tandem.audit.AuditTrail;
import dev.tandem.audit.ChainVerification;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident audit trail")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    record AuditPage(List<AuditRecord> entries, int page, int size, long total) {
    }

    @GetMapping
    AuditPage entries(Actor actor, @RequestParam(name = "actor", required = false) String actorName,
                      @RequestParam(required = false) String targetType, @RequestParam(required = false) String target,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var result = trail.search(actor, actorName, targetType, target, page, size);
        return new AuditPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }

    @GetMapping("/verify")
    ChainVerification verify(Actor actor) {
        return trail.verify(actor);
    }
}
