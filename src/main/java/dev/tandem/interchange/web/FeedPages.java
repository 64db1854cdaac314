package dev.tandem.interchange.web;

import dev.tandem.interchange.CalendarFeeds;
import dev.tandem.shared.Actor;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The calendar feed itself (read by calendar apps, which cannot sign in: the secret in the address is the only key)
 * and the account page that makes, makes anew or revokes its address.
 */
@Controller
class FeedPages {

    private final CalendarFeeds feeds;

    FeedPages(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** {@code file} is the secret followed by {@code .ics}; an unknown or revoked secret answers 404. */
    @GetMapping("/feeds/{file}")
    ResponseEntity<String> feed(@PathVariable String file) {
        String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return feeds.feed(token, base)
                .map(ics -> ResponseEntity.ok().contentType(new MediaType("text", "calendar",
                        java.nio.charset.StandardCharsets.UTF_8)).cacheControl(CacheControl.noStore()).body(ics))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.interchange.noFeed")));
    }

    @GetMapping("/account/calendar-feed")
    String page(Actor actor, Model model) {
        model.addAttribute("createdAt", feeds.createdAt(actor).orElse(null));
        return "interchange/feed";
    }

    @PostMapping("/account/calendar-feed")
    String rotate(Actor actor, Model model, HttpServletRequest request) {
        String token = feeds.rotate(actor);
        model.addAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/feeds/{t}.ics")
                .buildAndExpand(token).toUriString());
        model.addAttribute("createdAt", feeds.createdAt(actor).orElse(null));
        return "interchange/feed";
    }

    @PostMapping("/account/calendar-feed/revoke")
    String revoke(Actor actor) {
        feeds.revoke(actor);
        return "redirect:/account/calendar-feed?revoked";
    }
}
