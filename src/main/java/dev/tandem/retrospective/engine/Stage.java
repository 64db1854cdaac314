package dev.tandem.retrospective.engine;

/** Where a retrospective is: people add cards, then group them, vote, discuss, and the facilitator closes it. */
public enum Stage {
    COLLECT, GROUP, VOTE, DISCUSS, CLOSED;

    public boolean open() {
        return this != CLOSED;
    }
}
