package dev.tandem.workitem.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.system.PickerOption;
import dev.tandem.workitem.internal.ItemQuery;
import dev.tandem.workitem.WorkItemManagement;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the pickers of a project's forms offer: its members and its items, for whoever sees the project, at most
 * {@link PickerOption#LIMIT} at a time.
 */
@RestController
@RequestMapping("/projects/{key}/lookup")
class Lookups {

    private final WorkItemManagement items;
    private final PortfolioManagement portfolio;

    Lookups(WorkItemManagement items, PortfolioManagement portfolio) {
        this.items = items;
        this.portfolio = portfolio;
    }

    /** The project's members whose username or name contains what was typed. */
    @GetMapping("/people")
    List<PickerOption> people(Actor actor, @PathVariable String key,
                              @RequestParam(defaultValue = "") @Size(max = 100) String q) {
        return portfolio.members(actor, key).stream()
                .filter(m -> PickerOption.matches(q, m.username(), m.displayName()))
                .limit(PickerOption.LIMIT)
                .map(m -> PickerOption.person(m.username(), m.displayName()))
                .toList();
    }

    /** The project's items whose key, title or description contains what was typed. */
    @GetMapping("/items")
    List<PickerOption> items(Actor actor, @PathVariable String key,
                             @RequestParam(defaultValue = "") @Size(max = 100) String q) {
        return items.search(actor, key, new ItemQuery(null, null, null, null, q, null, 0, PickerOption.LIMIT)).items()
                .stream().map(i -> PickerOption.item(i.key(), i.title())).toList();
    }
}
