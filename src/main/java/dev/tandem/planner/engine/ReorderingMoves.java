package dev.tandem.planner.engine;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import java.util.Iterator;
import java.util.random.RandomGenerator;

/** Random {@link ReorderingMove}s, half of them swaps. */
public final class ReorderingMoves implements MoveIteratorFactory<LevelingPlan, ReorderingMove> {

    @Override
    public long getSize(ScoreDirector<LevelingPlan> scoreDirector) {
        long size = scoreDirector.getWorkingSolution().getOrder().getJobs().size();
        return size * size;
    }

    @Override
    public Iterator<ReorderingMove> createOriginalMoveIterator(ScoreDirector<LevelingPlan> scoreDirector) {
        throw new UnsupportedOperationException("the leveler selects its moves at random");
    }

    @Override
    public Iterator<ReorderingMove> createRandomMoveIterator(ScoreDirector<LevelingPlan> scoreDirector,
            RandomGenerator random) {
        LevelingPlan plan = scoreDirector.getWorkingSolution();
        int size = plan.getOrder().getJobs().size();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return size > 1;
            }

            @Override
            public ReorderingMove next() {
                int from = random.nextInt(size);
                int to = random.nextInt(size - 1);
                return new ReorderingMove(plan, random.nextBoolean(), from, to >= from ? to + 1 : to);
            }
        };
    }
}
