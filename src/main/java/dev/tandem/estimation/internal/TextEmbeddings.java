package dev.tandem.estimation.internal;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.tandem.estimation.engine.EmbeddingLanguage;
import jakarta.annotation.PreDestroy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings from the in-process ONNX models. A model is loaded on its first use (a second or two), not at
 * start-up; an item's embedding is kept per item version, so an edited item is embedded again and an unchanged one
 * never twice. A call embeds at most {@link #EMBEDDED_PER_CALL} items before it answers and leaves the rest to one
 * background thread, so that a first call on a long history answers in a few seconds and the next ones see it all.
 */
@Component
public class TextEmbeddings {

    /** About 1.5 KB per item (384 floats); 20,000 items stay under 40 MB. */
    static final int CACHED_ITEMS = 20_000;
    /** About three seconds of a 2-core machine's time (docs/benchmarks.md). */
    static final int EMBEDDED_PER_CALL = 300;

    private final Map<EmbeddingLanguage, EmbeddingModel> models = new EnumMap<>(EmbeddingLanguage.class);
    private final Map<ItemVersion, float[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ItemVersion, float[]> eldest) {
            return size() > CACHED_ITEMS;
        }
    });

    /** An item's text at one version, as one model reads it. */
    public record ItemText(long id, long version, String text) {
    }

    private record ItemVersion(EmbeddingLanguage language, long id, long version) {
    }

    private final int embeddedPerCall;
    private final Set<ItemVersion> queued = ConcurrentHashMap.newKeySet();
    /** Held while a call embeds its share; the background thread does not wait for it, nor calls for the background. */
    private final ReentrantLock turns = new ReentrantLock();
    private final ExecutorService background =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("item-embeddings").factory());

    public TextEmbeddings() {
        this(EMBEDDED_PER_CALL);
    }

    TextEmbeddings(int embeddedPerCall) {
        this.embeddedPerCall = embeddedPerCall;
    }

    public float[] embed(EmbeddingLanguage language, String text) {
        return model(language).embed(text).content().vector();
    }

    /** The embeddings of the texts in their order, in one batch, none kept. */
    public List<float[]> embedAll(EmbeddingLanguage language, List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model(language).embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    /**
     * The embeddings of the items in their order. Of those not cached yet, the first {@link #EMBEDDED_PER_CALL} go to the
     * model now, in one batch; the others are embedded in the background and are null here until a later call. Calls
     * take turns at the model, so two at the same moment on a new project do not embed the same items twice: the second
     * finds the first one's items cached and embeds the next ones.
     */
    public List<float[]> embedItems(EmbeddingLanguage language, List<ItemText> items) {
        Map<ItemVersion, float[]> embedded = Map.of();
        if (items.stream().anyMatch(i -> !cache.containsKey(key(language, i)))) {
            turns.lock();
            try {
                List<ItemText> missing = items.stream().filter(i -> !cache.containsKey(key(language, i))).toList();
                List<ItemText> now = missing.subList(0, Math.min(embeddedPerCall, missing.size()));
                embedded = embed(language, now);
                inBackground(language, missing.subList(now.size(), missing.size()));
            } finally {
                turns.unlock();
            }
        }
        Map<ItemVersion, float[]> fresh = embedded;
        return items.stream().map(i -> fresh.getOrDefault(key(language, i), cache.get(key(language, i)))).toList();
    }

    private Map<ItemVersion, float[]> embed(EmbeddingLanguage language, List<ItemText> items) {
        List<float[]> embedded = embedAll(language, items.stream().map(ItemText::text).toList());
        Map<ItemVersion, float[]> vectors = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            vectors.put(key(language, items.get(i)), embedded.get(i));
        }
        cache.putAll(vectors);
        return vectors;
    }

    /** Each item version is queued once; beyond a cache's worth the rest waits for a later call. */
    private void inBackground(EmbeddingLanguage language, List<ItemText> items) {
        List<ItemText> fresh = items.stream()
                .filter(i -> queued.size() < CACHED_ITEMS && queued.add(key(language, i))).toList();
        if (!fresh.isEmpty()) {
            background.execute(() -> {
                try {
                    // a call may have embedded some of them since they were queued
                    embed(language, fresh.stream().filter(i -> !cache.containsKey(key(language, i))).toList());
                } finally {
                    fresh.forEach(i -> queued.remove(key(language, i)));
                }
            });
        }
    }

    /** Waits until everything queued so far is embedded. */
    void awaitBackground() throws InterruptedException, ExecutionException {
        background.submit(() -> { }).get();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private static ItemVersion key(EmbeddingLanguage language, ItemText item) {
        return new ItemVersion(language, item.id(), item.version());
    }

    private synchronized EmbeddingModel model(EmbeddingLanguage language) {
        return models.computeIfAbsent(language, l -> switch (l) {
            case ENGLISH -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            case CHINESE -> new BgeSmallZhV15QuantizedEmbeddingModel();
        });
    }
}
