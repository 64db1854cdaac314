package dev.tandem.register.api;

import dev.tandem.register.BufferStatus;
import dev.tandem.register.DebtFields;
import dev.tandem.register.DebtReport;
import dev.tandem.register.DebtView;
import dev.tandem.register.TechDebtManagement;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Tech debt", description = "The tech-debt register, its report and the schedule buffer")
class TechDebtApi {

    private final TechDebtManagement debts;

    TechDebtApi(TechDebtManagement debts) {
        this.debts = debts;
    }

    record DebtBody(@Size(max = 255) String title, @Size(max = 128) String component,
                    @Size(max = 20000) String description, BigDecimal interestHours, BigDecimal fixHours,
                    @Size(max = 16) String severity, @Size(max = 16) String status, Boolean inBuffer,
                    @Size(max = 50) Set<@Size(max = 20) String> items, Long version) {

        DebtFields fields() {
            return new DebtFields(title, component, description, interestHours, fixHours, severity, status, inBuffer, items);
        }
    }

    record BufferBody(BigDecimal bufferDays, Long version) {
    }

    @GetMapping("/tech-debt")
    List<DebtView> list(Actor actor, @PathVariable String key) {
        return debts.debts(actor, key);
    }

    @PostMapping("/tech-debt")
    ResponseEntity<DebtView> create(Actor actor, @PathVariable String key, @Valid @RequestBody DebtBody body) {
        DebtView debt = debts.create(actor, key, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/tech-debt/" + debt.number())).body(debt);
    }

    @GetMapping("/tech-debt/{number}")
    DebtView debt(Actor actor, @PathVariable String key, @PathVariable int number) {
        return debts.debt(actor, key, number);
    }

    @PatchMapping("/tech-debt/{number}")
    DebtView update(Actor actor, @PathVariable String key, @PathVariable int number, @Valid @RequestBody DebtBody body) {
        return debts.update(actor, key, number, body.fields(), body.version());
    }

    @GetMapping("/tech-debt-report")
    DebtReport report(Actor actor, @PathVariable String key) {
        return debts.report(actor, key);
    }

    @GetMapping("/buffer")
    BufferStatus buffer(Actor actor, @PathVariable String key) {
        return debts.buffer(actor, key);
    }

    @PutMapping("/buffer")
    BufferStatus setBuffer(Actor actor, @PathVariable String key, @RequestBody BufferBody body) {
        return debts.setBuffer(actor, key, body.bufferDays(), body.version());
    }
}
