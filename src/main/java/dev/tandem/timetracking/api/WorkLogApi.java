package dev.tandem.timetracking.api;

import dev.tandem.shared.Actor;
import dev.tandem.timetracking.TimeTrackingManagement;
import dev.tandem.timetracking.WorkLogFields;
import dev.tandem.timetracking.WorkLogView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Time tracking", description = "Hours people log on work items")
class WorkLogApi {

    private final TimeTrackingManagement time;

    WorkLogApi(TimeTrackingManagement time) {
        this.time = time;
    }

    record LogBody(LocalDate date, BigDecimal hours, @Size(max = 500) String note, Long version) {

        WorkLogFields fields() {
            return new WorkLogFields(date, hours, note);
        }
    }

    record ImportBody(@Size(max = 2_000_000) String csv) {
    }

    @GetMapping("/items/{itemKey}/worklogs")
    List<WorkLogView> list(Actor actor, @PathVariable String key, @PathVariable String itemKey) {
        return time.logs(actor, key, itemKey);
    }

    @Operation(summary = "Log the caller's hours on an item",
            description = "Hours are more than 0, a multiple of 0.25 and at most 24 a day across all items; the date "
                    + "is today or earlier; only project members log.")
    @PostMapping("/items/{itemKey}/worklogs")
    ResponseEntity<WorkLogView> log(Actor actor, @PathVariable String key, @PathVariable String itemKey,
                                    @Valid @RequestBody LogBody body) {
        WorkLogView log = time.log(actor, key, itemKey, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/items/" + log.item() + "/worklogs/"
                + log.id())).body(log);
    }

    @PatchMapping("/items/{itemKey}/worklogs/{id}")
    WorkLogView edit(Actor actor, @PathVariable String key, @PathVariable String itemKey, @PathVariable long id,
                     @Valid @RequestBody LogBody body) {
        return time.edit(actor, key, itemKey, id, body.fields(), body.version());
    }

    @DeleteMapping("/items/{itemKey}/worklogs/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable String key, @PathVariable String itemKey,
                                @PathVariable long id, @RequestParam Long version) {
        time.delete(actor, key, itemKey, id, version);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Import work logs from CSV",
            description = "The header names the columns person (username or e-mail), item, date, hours and note. "
                    + "Every row is checked first: with any bad row nothing is stored and the 400 lists the rows.")
    @PostMapping("/worklogs/import")
    ResponseEntity<List<WorkLogView>> importCsv(Actor actor, @PathVariable String key,
                                                @Valid @RequestBody ImportBody body) {
        return ResponseEntity.status(201).body(time.importCsv(actor, key, body.csv()));
    }
}
