package dev.tandem.identity.api;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/people/{username}/leave")
@Tag(name = "People", description = "People, their skills and capacity, and personal access tokens")
class LeaveApi {

    private final IdentityManagement identity;

    LeaveApi(IdentityManagement identity) {
        this.identity = identity;
    }

    /** A run of days away, both ends included; one day when {@code to} is omitted. */
    record LeaveRange(LocalDate from, LocalDate to) {
        LocalDate end() {
            return to == null ? from : to;
        }
    }

    record LeaveJson(String username, List<LocalDate> days) {
    }

    @GetMapping
    LeaveJson leave(Actor actor, @PathVariable String username,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new LeaveJson(username, identity.leave(actor, username, from, to));
    }

    /** Adds the days; answers with the days that were not recorded before. */
    @PostMapping
    LeaveJson add(Actor actor, @PathVariable String username, @RequestBody LeaveRange body) {
        return new LeaveJson(username, identity.addLeave(actor, username, body.from(), body.end()));
    }

    /** Removes the days; answers with the days that were recorded. */
    @DeleteMapping
    LeaveJson remove(Actor actor, @PathVariable String username,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new LeaveJson(username, identity.removeLeave(actor, username, from, to == null ? from : to));
    }
}
