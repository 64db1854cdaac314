package dev.tandem.sprint.web;

import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.workitem.WorkItemManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves from the backlog page's script (drag, row menu, bulk bar), signed in with the browser session and its CSRF
 * token. A REST controller so that a refusal comes back as a problem document whose message the page can show.
 */
@RestController
class BacklogMoves {

    private final SprintManagement sprints;
    private final WorkItemManagement items;

    BacklogMoves(SprintManagement sprints, WorkItemManagement items) {
        this.sprints = sprints;
        this.items = items;
    }

    record ItemRef(@NotBlank @Size(max = 20) String key, Long version) {
    }

    /**
     * Items with the versions the page holds; {@code to} is a sprint's id or "backlog", or absent to keep a single
     * item where it is and only rank it between {@code after} and {@code before} (either may be absent).
     */
    record Move(@NotNull @Size(max = 200) List<@Valid ItemRef> items, @Size(max = 20) String to,
                @Size(max = 20) String after, @Size(max = 20) String before) {
    }

    record Moved(Map<String, Long> versions) {
    }

    @PostMapping("/projects/{key}/backlog/moves")
    Moved move(Actor actor, @PathVariable String key, @Valid @RequestBody Move body) {
        String after = blankToNull(body.after());
        String before = blankToNull(body.before());
        if (body.to() == null) {
            if (body.items().size() != 1) {
                throw new InvalidInputException("items", Text.of("problem.sprint.rankOneItem"));
            }
            ItemRef ref = body.items().getFirst();
            ItemView item = items.get(actor, ref.key());
            if (!item.projectKey().equalsIgnoreCase(key)) {
                throw new NotFoundException(Text.of("problem.sprint.notInBacklog", ref.key(), key));
            }
            ItemView ranked = items.move(actor, item.key(), null, after, before, ref.version());
            return new Moved(Map.of(ranked.key(), ranked.version()));
        }
        Long sprintId = sprintId(body.to());
        if (body.items().size() == 1 && (after != null || before != null)) {
            ItemRef ref = body.items().getFirst();
            return new Moved(Map.of(ref.key(), sprints.place(actor, key, ref.key(), sprintId, after, before,
                    ref.version())));
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        body.items().forEach(ref -> versions.put(ref.key(), ref.version()));
        if (versions.size() != body.items().size()) {
            throw new InvalidInputException("items", Text.of("problem.sprint.itemTwice"));
        }
        return new Moved(sprints.moveItems(actor, key, sprintId, versions));
    }

    /** "backlog" for none, else a sprint's id. */
    static Long sprintId(String to) {
        if (to == null || to.isBlank() || to.strip().equals("backlog")) {
            return null;
        }
        try {
            return Long.valueOf(to.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("to", Text.of("problem.sprint.sprintOrBacklog", to.strip()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
