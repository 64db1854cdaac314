package dev.tandem.knowledge.web;

import dev.tandem.knowledge.RelatedContent;
import dev.tandem.knowledge.RelatedView;
import dev.tandem.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "related pages and items" list, loaded by htmx after the wiki page or the item page has shown; while the text
 * is not read yet it says so and asks again a few seconds later.
 */
@Controller
class RelatedFragments {

    private final RelatedContent related;

    RelatedFragments(RelatedContent related) {
        this.related = related;
    }

    @GetMapping("/wiki/pages/{pageId}/related")
    String page(Actor actor, @PathVariable long pageId, Model model) {
        return show(related.forPage(actor, pageId), "/wiki/pages/" + pageId + "/related", model);
    }

    @GetMapping("/projects/{key}/items/{itemKey}/related")
    String item(Actor actor, @PathVariable String key, @PathVariable String itemKey, Model model) {
        return show(related.forItem(actor, key, itemKey), "/projects/" + key + "/items/" + itemKey + "/related", model);
    }

    private static String show(RelatedView view, String again, Model model) {
        model.addAttribute("related", view);
        // asked again until the text and every candidate have been read
        model.addAttribute("again", view.ready() && view.pending() == 0 ? null : again);
        return "knowledge/related :: related";
    }
}
