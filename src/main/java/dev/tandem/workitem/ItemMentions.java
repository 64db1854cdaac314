package dev.tandem.workitem;

import dev.tandem.shared.Actor;
import java.util.List;

/**
 * The documents that mention an item by its key, for the item's page; answered by the module that keeps them (the
 * wiki), so work items need not know it.
 */
public interface ItemMentions {

    /** What mentions the item and the reader may open, a bounded number, newest first. */
    List<Mention> mentionsOf(Actor reader, String itemKey);

    record Mention(String title, String href, String where) {
    }
}
