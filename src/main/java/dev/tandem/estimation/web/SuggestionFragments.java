package dev.tandem.estimation.web;

import dev.tandem.estimation.EstimateSuggestion;
import dev.tandem.estimation.EstimationManagement;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The suggestion line, loaded by htmx: on the new-item form from the title and type typed so far, on the item page for
 * the item. Its "apply" button only fills the story-points field; saving stays the normal item edit.
 */
@Controller
class SuggestionFragments {

    private final EstimationManagement estimation;
    private final PortfolioManagement portfolio;

    SuggestionFragments(EstimationManagement estimation, PortfolioManagement portfolio) {
        this.estimation = estimation;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{key}/estimate-suggestion")
    String forNewItem(Actor actor, @PathVariable String key, @RequestParam(required = false) String title,
                      @RequestParam(required = false) String type, Model model) {
        if (title == null || title.isBlank()) {
            portfolio.access(actor, key, Permission.VIEW_PROJECT);
            return "estimation/suggestion :: empty";
        }
        return show(estimation.suggest(actor, key, title, null, type), true, model);
    }

    @GetMapping("/projects/{key}/items/{itemKey}/estimate-suggestion")
    String forItem(Actor actor, @PathVariable String key, @PathVariable String itemKey, Model model) {
        EstimateSuggestion suggestion = estimation.suggestFor(actor, key, itemKey);
        return show(suggestion, portfolio.access(actor, key, Permission.VIEW_PROJECT).may(Permission.EDIT_ITEMS), model);
    }

    private static String show(EstimateSuggestion suggestion, boolean mayApply, Model model) {
        model.addAttribute("suggestion", new Line(number(suggestion.points()), number(suggestion.hours()),
                suggestion.similar().stream().map(s -> new Like(s.key(), s.title(), number(s.points()),
                        String.format(java.util.Locale.ROOT, "%.2f", s.similarity()))).toList(),
                suggestion.source() == EstimateSuggestion.Source.ORGANISATION));
        model.addAttribute("mayApply", mayApply);
        return "estimation/suggestion :: suggestion";
    }

    /** The suggestion with its numbers as shown: 5.0 as "5", 2.5 as "2.5"; null when there is none. */
    record Line(String points, String hours, List<Like> similar, boolean fromOrganisation) {
    }

    record Like(String key, String title, String points, String similarity) {
    }

    private static String number(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
