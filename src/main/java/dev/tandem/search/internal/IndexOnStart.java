package dev.tandem.search.internal;

import dev.tandem.search.SearchManagement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the index from the database when this data directory has none that was completed: on the first start, after
 * the index folder was deleted, or after a rebuild was cut off. It runs beside the started application, so start-up
 * does not wait; until it ends, records written before this start may be missing from results. With
 * {@code tandem.search.rebuild-and-exit} (./tandem reindex) it rebuilds in any case, then ends the process.
 */
@Component
class IndexOnStart {

    private static final Logger log = LoggerFactory.getLogger(IndexOnStart.class);
    static final String COMPLETE_MARKER = ".complete";

    private final SearchManagement search;
    private final Path marker;
    private final boolean enabled;
    private final boolean rebuildAndExit;

    IndexOnStart(SearchManagement search, @Value("${tandem.data-dir}") Path dataDir,
                 @Value("${tandem.search.build-on-start:true}") boolean enabled,
                 @Value("${tandem.search.rebuild-and-exit:false}") boolean rebuildAndExit) {
        this.search = search;
        this.marker = dataDir.resolve("index").resolve(COMPLETE_MARKER);
        this.enabled = enabled;
        this.rebuildAndExit = rebuildAndExit;
    }

    @EventListener
    void buildWhenMissing(ApplicationReadyEvent ready) {
        if (rebuildAndExit) {
            int status = 0;
            try {
                build();
            } catch (RuntimeException e) {
                log.error("Rebuilding the search index failed", e);
                status = 1;
            }
            int exit = status;
            System.exit(SpringApplication.exit(ready.getApplicationContext(), () -> exit));
        }
        if (!enabled || Files.exists(marker)) {
            return;
        }
        Thread.ofVirtual().name("search-index-build").start(() -> {
            try {
                build();
            } catch (RuntimeException e) {
                log.error("Building the search index failed; it is tried again at the next start", e);
            }
        });
    }

    private void build() {
        try {
            Files.deleteIfExists(marker);
            search.rebuild();
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "built from the database\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
