package dev.tandem.planner.engine;

import ai.timefold.solver.core.api.solver.Solver;

/**
 * A solve seen from another thread: the best score found so far, and a way to stop early (the best plan found so far
 * then stands). One control serves the solves of one run, one after the other.
 */
public final class SolveControl {

    private volatile String bestScore;
    private volatile boolean cancelled;
    private Solver<?> solver;

    public String bestScore() {
        return bestScore;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public synchronized void cancel() {
        cancelled = true;
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    synchronized <S> void attach(Solver<S> newSolver) {
        solver = newSolver;
        newSolver.addEventListener(event -> bestScore = event.getNewBestScore().toString());
    }

    synchronized void detach() {
        solver = null;
    }
}
