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

    /** The days away between {@code from} and {@code to} as stored. */
    record LeaveJson(String username, List<LocalDate> days) {
    }

    /** The days away in the range as stored after the change, and the days the change added. */
    record LeaveAdded(String username, List<LocalDate> days, List<LocalDate> added) {
    }

    /** The days away in the range as stored after the change, and the days the change took off. */
    record LeaveRemoved(String username, List<LocalDate> days, List<LocalDate> removed) {
    }

    @GetMapping
    LeaveJson leave(Actor actor, @PathVariable String username,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new LeaveJson(username, identity.leave(actor, username, from, to));
    }

    /** Adds the days; answers with the range as stored afterwards and the days that were not recorded before. */
    @PostMapping
    LeaveAdded add(Actor actor, @PathVariable String username, @RequestBody LeaveRange body) {
        List<LocalDate> added = identity.addLeave(actor, username, body.from(), body.end());
        return new LeaveAdded(username, identity.leave(actor, username, body.from(), body.end()), added);
    }

    /** Removes the days; answers with the range as stored afterwards and the days that were taken off. */
    @DeleteMapping
    LeaveRemoved remove(Actor actor, @PathVariable String username,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? from : to;
        List<LocalDate> removed = identity.removeLeave(actor, username, from, end);
        return new LeaveRemoved(username, identity.leave(actor, username, from, end), removed);
    }
}
