package dev.tandem.planner.engine;

import dev.tandem.schedule.engine.LinkType;

/** A dependency between two activities (indices into the problem's list), with a lag in working days. */
public record Link(int predecessor, int successor, LinkType type, int lag) {

    public static Link finishToStart(int predecessor, int successor) {
        return new Link(predecessor, successor, LinkType.FINISH_TO_START, 0);
    }

    /** Every link type reduces to "successor start ≥ predecessor start + offset", as in the schedule engine. */
    int startOffset(int predecessorDuration, int successorDuration) {
        return switch (type) {
            case FINISH_TO_START -> predecessorDuration + lag;
            case START_TO_START -> lag;
            case FINISH_TO_FINISH -> predecessorDuration + lag - successorDuration;
            case START_TO_FINISH -> lag - successorDuration;
        };
    }
}
