package dev.tandem.workitem.api;

import dev.tandem.shared.Actor;
import dev.tandem.workitem.internal.BoardManagement;
import dev.tandem.workitem.internal.BoardView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Board", description = "The engineering track: columns, WIP limits and ranked cards")
class BoardApi {

    private final BoardManagement boards;
    private final WorkItemManagement items;

    BoardApi(BoardManagement boards, WorkItemManagement items) {
        this.boards = boards;
        this.items = items;
    }

    record BoardSettingsEdit(Boolean wipHardLimit, @Size(max = 50) Map<@Size(max = 40) String, Integer> wipLimits,
                             Long version) {
    }

    /** Moves a card: a new status and/or a place between two cards (named by key); either neighbour may be omitted. */
    record Move(@Size(max = 40) String status, @Size(max = 20) String after, @Size(max = 20) String before, Long version) {
    }

    @GetMapping("/projects/{key}/board")
    BoardView board(Actor actor, @PathVariable String key) {
        return boards.board(actor, key);
    }

    @PatchMapping("/projects/{key}/board")
    BoardView configure(Actor actor, @PathVariable String key, @Valid @RequestBody BoardSettingsEdit body) {
        return boards.configure(actor, key, body.wipHardLimit(), body.wipLimits(), body.version());
    }

    @PostMapping("/items/{itemKey}/move")
    ItemView move(Actor actor, @PathVariable String itemKey, @Valid @RequestBody Move body) {
        return items.move(actor, itemKey, body.status(), body.after(), body.before(), body.version());
    }
}
