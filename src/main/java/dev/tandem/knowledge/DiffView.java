package dev.tandem.knowledge;

import dev.tandem.knowledge.engine.PageDiff;
import java.util.List;

/** Two revisions of a page and the rows that differ between their texts (and whether the title changed). */
public record DiffView(long pageId, String pageTitle, RevisionView from, RevisionView to, List<PageDiff.Row> rows) {

    public boolean titleChanged() {
        return !from.title().equals(to.title());
    }
}
