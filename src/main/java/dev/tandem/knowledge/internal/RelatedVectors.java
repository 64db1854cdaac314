package dev.tandem.knowledge.internal;

import dev.tandem.estimation.SentenceEmbeddings;
import dev.tandem.estimation.SentenceEmbeddings.Vector;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The embeddings of wiki pages and work items, one per text version, kept in memory and computed by one background
 * thread: a request only reads what is there and asks for what is missing, so it never waits for a model to load or
 * for a text to be read. An edit makes a new version, embedded on the next request that needs it.
 */
@Component
public class RelatedVectors {

    private static final Logger log = LoggerFactory.getLogger(RelatedVectors.class);

    /** About 1.5–2 KB per text (384 or 512 floats); 50,000 texts stay near 100 MB. */
    static final int KEPT = 50_000;
    /** Texts embedded in one call of a model. */
    static final int BATCH = 32;

    /** A page ({@code p}) or an item ({@code i}) at one version. */
    public record Key(char kind, long id, long version) {
    }

    private record Job(Key key, String text) {
    }

    private final SentenceEmbeddings embeddings;
    private final Map<Key, Vector> vectors = Collections.synchronizedMap(new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Vector> eldest) {
            return size() > KEPT;
        }
    });
    private final Set<Key> queued = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
    private final Thread worker;

    RelatedVectors(SentenceEmbeddings embeddings) {
        this.embeddings = embeddings;
        this.worker = Thread.ofPlatform().daemon().name("related-embeddings").unstarted(this::work);
        worker.start();
    }

    /** The text's vector when it has been embedded; null otherwise, and then it is asked for. */
    public Vector vector(Key key, String text) {
        Vector vector = vectors.get(key);
        if (vector == null && queued.add(key)) {
            jobs.add(new Job(key, text));
        }
        return vector;
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Job> batch = new ArrayList<>(BATCH);
            try {
                Job first = jobs.poll(1, TimeUnit.MINUTES);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                jobs.drainTo(batch, BATCH - 1);
                List<Vector> out = embeddings.embedAll(batch.stream().map(Job::text).toList());
                for (int i = 0; i < batch.size(); i++) {
                    vectors.put(batch.get(i).key(), out.get(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | LinkageError e) {
                log.warn("Could not embed {} wiki pages or items for related content", batch.size(), e);
            } finally {
                batch.forEach(job -> queued.remove(job.key()));
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.interrupt();
    }
}
