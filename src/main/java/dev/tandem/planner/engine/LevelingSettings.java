package dev.tandem.planner.engine;

import java.time.Duration;

/**
 * How long and how the leveler searches.
 *
 * @param timeBudget the wall time the search may take
 * @param seed       the solver's random seed: the same seed and the same move limit give the same plan
 * @param moveLimit  stop after this many evaluated moves (0: no limit); unlike a time budget this is reproducible on
 *                   any machine
 * @param justify    double justification of every decoded schedule (shorter schedules, three passes per move)
 * @param finishBound a finish no plan can beat (e.g. the critical path): the search stops when it reaches it with
 *                   nothing late, broken or moved; 0 for none
 */
public record LevelingSettings(Duration timeBudget, long seed, long moveLimit, boolean justify, int finishBound) {

    public LevelingSettings {
        if (timeBudget.isNegative() || timeBudget.isZero() || moveLimit < 0 || finishBound < 0) {
            throw new IllegalArgumentException("the time budget must be positive, the limits not negative");
        }
    }

    public static LevelingSettings within(Duration timeBudget) {
        return new LevelingSettings(timeBudget, 0, 0, true, 0);
    }

    public LevelingSettings withSeed(long newSeed) {
        return new LevelingSettings(timeBudget, newSeed, moveLimit, justify, finishBound);
    }

    public LevelingSettings withMoveLimit(long limit) {
        return new LevelingSettings(timeBudget, seed, limit, justify, finishBound);
    }

    public LevelingSettings withFinishBound(int bound) {
        return new LevelingSettings(timeBudget, seed, moveLimit, justify, bound);
    }
}
