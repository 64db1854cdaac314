package dev.tandem.estimation;

import java.util.Collection;
import java.util.Map;

/**
 * Hours actually worked on items, from the module that records work. Implemented there, so this module never depends
 * on it; while no module implements it, suggestions carry points only.
 */
public interface ActualHours {

    /** Hours worked per item id, for those of {@code itemIds} that have any. */
    Map<Long, Double> actualHours(Collection<Long> itemIds);
}
