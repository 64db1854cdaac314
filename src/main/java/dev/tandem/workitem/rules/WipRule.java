package dev.tandem.workitem.rules;

/**
 * The board's work-in-progress rule, for every way an item enters a column (drag, edit, form, API, new item). A column
 * without a limit takes any number of items; over its limit the board warns, and a board whose limits are a hard stop
 * refuses the item that would overfill the column. Items already in the column may still be edited.
 */
public final class WipRule {

    private WipRule() {
    }

    /** Whether the board warns: the column holds more items than its limit. */
    public static boolean overLimit(Integer limit, int itemsInColumn) {
        return limit != null && itemsInColumn > limit;
    }

    /**
     * Whether an item is refused a column.
     *
     * @param limit         the column's WIP limit, or null for none
     * @param hardLimit     whether the board's limits are a hard stop rather than a warning
     * @param entering      whether the item comes from another column (or is new), rather than already being in it
     * @param itemsInColumn how many items the column holds before this one enters
     */
    public static boolean refuses(Integer limit, boolean hardLimit, boolean entering, long itemsInColumn) {
        return limit != null && hardLimit && entering && itemsInColumn >= limit;
    }
}
