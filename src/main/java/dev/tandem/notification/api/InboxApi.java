package dev.tandem.notification.api;

import dev.tandem.notification.Inbox;
import dev.tandem.notification.Notice;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Notifications", description = "The signed-in person's in-app inbox")
class InboxApi {

    private final Inbox inbox;

    InboxApi(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "The caller's latest notices",
            description = "Each notice's message reads in the caller's language (their account's locale).")
    List<Notice> notices(Actor actor) {
        return inbox.notices(actor, inbox.languageOf(actor));
    }

    @PostMapping("/read")
    @Operation(summary = "Mark every notice read")
    ResponseEntity<Void> readAll(Actor actor) {
        inbox.markAllRead(actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(Actor actor, @PathVariable long id) {
        inbox.markRead(actor, id);
        return ResponseEntity.noContent().build();
    }
}
