package dev.tandem.knowledge.api;

import dev.tandem.knowledge.RelatedContent;
import dev.tandem.knowledge.RelatedView;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Wiki", description = "Spaces, pages with their revisions, templates and attachments")
class RelatedApi {

    private static final String ANSWER = "At most 5, the most similar first (cosine of in-process sentence embeddings: "
            + "an English and a Chinese model; a text is compared with texts of its own language), only pages of "
            + "organisation spaces and pages and items of projects the caller reads. ready is false while the text "
            + "itself has not been read by the model yet (then related is empty; ask again); pending counts the pages "
            + "and items still waiting to be read. A page without text has none.";

    private final RelatedContent related;

    RelatedApi(RelatedContent related) {
        this.related = related;
    }

    @Operation(summary = "The wiki pages and work items most related to a page", description = ANSWER)
    @GetMapping("/wiki/pages/{pageId}/related")
    RelatedView page(Actor actor, @PathVariable long pageId) {
        return related.forPage(actor, pageId);
    }

    @Operation(summary = "The wiki pages and work items most related to an item", description = ANSWER)
    @GetMapping("/projects/{key}/items/{itemKey}/related")
    RelatedView item(Actor actor, @PathVariable String key, @PathVariable String itemKey) {
        return related.forItem(actor, key, itemKey);
    }
}
