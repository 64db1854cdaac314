package dev.tandem.system;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.slf4j.Logger;

/**
 * Works through an outbox's due rows (webhook deliveries, e-mails, chat messages) batch after batch, for at most
 * {@link #LONGEST_RUN} a run: the next scheduled run goes on. One row that fails is logged and does not stop the others.
 */
public final class DueBatches {

    public static final int BATCH = 100;
    public static final Duration LONGEST_RUN = Duration.ofMinutes(10);

    private DueBatches() {
    }

    /** {@code due} answers up to the given number of due ids; {@code send} takes one of them. */
    public static <T> void drain(IntFunction<List<T>> due, Consumer<T> send, Logger log, String what) {
        long start = System.nanoTime();
        List<T> batch;
        do {
            batch = due.apply(BATCH);
            for (T id : batch) {
                try {
                    send.accept(id);
                } catch (RuntimeException e) {
                    log.warn("Could not send {} {}: {}", what, id, e.toString());
                }
            }
            // a failed attempt is due again 30 seconds later at the soonest, so each batch finds other rows
        } while (batch.size() == BATCH && System.nanoTime() - start < LONGEST_RUN.toNanos());
    }
}
