package dev.tandem.schedule.engine;

/**
 * How a dependency ties its successor to its predecessor; the lag (in working days, possibly negative) is added to the
 * predecessor's side.
 */
public enum LinkType {

    /** The successor starts no earlier than the predecessor finishes plus lag. */
    FINISH_TO_START(true, false),
    /** The successor starts no earlier than the predecessor starts plus lag. */
    START_TO_START(false, false),
    /** The successor finishes no earlier than the predecessor finishes plus lag. */
    FINISH_TO_FINISH(true, true),
    /** The successor finishes no earlier than the predecessor starts plus lag. */
    START_TO_FINISH(false, true);

    private final boolean fromPredecessorFinish;
    private final boolean toSuccessorFinish;

    LinkType(boolean fromPredecessorFinish, boolean toSuccessorFinish) {
        this.fromPredecessorFinish = fromPredecessorFinish;
        this.toSuccessorFinish = toSuccessorFinish;
    }

    /**
     * Every link type reduces to "successor start ≥ predecessor start + offset"; the offset folds in both durations so
     * the passes never branch on the type.
     */
    int startOffset(int predecessorDuration, int successorDuration, int lag) {
        return (fromPredecessorFinish ? predecessorDuration : 0) + lag - (toSuccessorFinish ? successorDuration : 0);
    }

    /** The usual two-letter abbreviation: FS, SS, FF or SF. */
    public String abbreviation() {
        return (fromPredecessorFinish ? "F" : "S") + (toSuccessorFinish ? "F" : "S");
    }
}
