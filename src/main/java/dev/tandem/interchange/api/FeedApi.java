package dev.tandem.interchange.api;

import dev.tandem.interchange.CalendarFeeds;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/me/calendar-feed")
@Tag(name = "Calendar feed", description = "The caller's iCalendar feed at a secret address")
class FeedApi {

    private final CalendarFeeds feeds;

    FeedApi(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    record FeedAddress(String url) {
    }

    @Operation(summary = "Make (or make anew) the caller's calendar feed address",
            description = "Answers the address once: only a hash of its secret is kept, and the earlier address stops "
                    + "working. `GET` on the address (no sign-in; the secret is the key) answers `text/calendar`: the "
                    + "milestones and sprints of the caller's projects, their meetings, and the items assigned to the "
                    + "caller that have a due date and are not done. An unknown or revoked address answers 404.")
    @PostMapping
    ResponseEntity<FeedAddress> rotate(Actor actor) {
        String token = feeds.rotate(actor);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/feeds/{t}.ics").buildAndExpand(token)
                .toUriString();
        return ResponseEntity.created(URI.create(url)).body(new FeedAddress(url));
    }

    @Operation(summary = "Revoke the caller's calendar feed address", description = "404 when there is none.")
    @DeleteMapping
    ResponseEntity<Void> revoke(Actor actor) {
        feeds.revoke(actor);
        return ResponseEntity.noContent().build();
    }
}
