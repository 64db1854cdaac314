package dev.tandem.workitem.web;

import dev.tandem.shared.Actor;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Card moves from the board page, signed in with the browser session (and its CSRF token). A REST controller so
 * that a refusal comes back as a problem document whose message the page can show next to the card.
 */
@RestController
class BoardMoves {

    private final WorkItemManagement items;

    BoardMoves(WorkItemManagement items) {
        this.items = items;
    }

    /** A card's new column and/or its place between two neighbours (either may be absent). */
    record Move(@NotBlank @Size(max = 20) String item, @Size(max = 40) String status, @Size(max = 20) String after,
                @Size(max = 20) String before, Long version) {
    }

    record Moved(String item, String status, String statusCategory, long version) {
    }

    @PostMapping("/projects/{key}/board/move")
    Moved move(Actor actor, @PathVariable String key, @Valid @RequestBody Move body) {
        ItemView item = items.get(actor, body.item());
        if (!item.projectKey().equalsIgnoreCase(key)) {
            throw new NotFoundException(Text.of("problem.workitem.notOnBoard", body.item(), key));
        }
        ItemView moved = items.move(actor, item.key(), blankToNull(body.status()), blankToNull(body.after()),
                blankToNull(body.before()), body.version());
        return new Moved(moved.key(), moved.status(), moved.statusCategory().name(), moved.version());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
