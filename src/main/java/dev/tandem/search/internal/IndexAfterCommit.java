package dev.tandem.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a committed change reaches the index: the request waits until the index has it (so a search right after a save
 * finds it), but a failure to index never fails the request, whose change the database already holds. The failure is
 * logged and the index marked incomplete, so the next start rebuilds it from the database.
 */
@Component("indexAfterCommit")
class IndexAfterCommit implements IndexingPlanSynchronizationStrategy {

    private static final Logger log = LoggerFactory.getLogger(IndexAfterCommit.class);

    private final Path marker;

    IndexAfterCommit(@Value("${tandem.data-dir}") Path dataDir) {
        this.marker = dataDir.resolve("index").resolve(IndexOnStart.COMPLETE_MARKER);
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> {
            try {
                future.join().throwable().ifPresent(this::failed);
            } catch (CompletionException e) {
                failed(e.getCause());
            }
        });
    }

    private void failed(Throwable failure) {
        log.error("A committed change could not be indexed; search may miss it until the index is rebuilt at the next "
                + "start (or by ./tandem reindex)", failure);
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            log.warn("Could not mark the search index incomplete at {}", marker, e);
        }
    }
}
