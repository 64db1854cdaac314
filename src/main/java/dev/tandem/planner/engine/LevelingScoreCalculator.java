package dev.tandem.planner.engine;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;

/** Decodes the whole order on every move: the serial scheduler is fast enough that nothing incremental pays off. */
public class LevelingScoreCalculator implements EasyScoreCalculator<LevelingPlan, BendableScore> {

    @Override
    public BendableScore calculateScore(LevelingPlan plan) {
        SerialScheduler.Evaluation evaluation = plan.evaluate();
        return BendableScore.of(new long[] {-evaluation.overload()},
                new long[] {-evaluation.lateness(), -evaluation.finish(), -evaluation.moved()});
    }
}
