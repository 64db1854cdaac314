package dev.tandem.estimation.internal;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import dev.tandem.estimation.engine.EmbeddingLanguage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings from the in-process ONNX models. A model is loaded on its first use (a second or two), not at
 * start-up; an item's embedding is kept per item version, so an edited item is embedded again and an unchanged one
 * never twice.
 */
@Component
public class TextEmbeddings {

    /** About 1.5 KB per item (384 floats); 20,000 items stay under 40 MB. */
    static final int CACHED_ITEMS = 20_000;

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

    /** The embeddings of the items in their order; only those not cached yet go to the model, in one batch. */
    public List<float[]> embedItems(EmbeddingLanguage language, List<ItemText> items) {
        List<ItemText> missing = items.stream()
                .filter(i -> !cache.containsKey(new ItemVersion(language, i.id(), i.version()))).toList();
        if (!missing.isEmpty()) {
            var embedded = model(language).embedAll(missing.stream().map(i -> TextSegment.from(i.text())).toList()).content();
            for (int i = 0; i < missing.size(); i++) {
                cache.put(new ItemVersion(language, missing.get(i).id(), missing.get(i).version()), embedded.get(i).vector());
            }
        }
        List<float[]> vectors = new ArrayList<>(items.size());
        for (ItemText item : items) {
            ItemVersion key = new ItemVersion(language, item.id(), item.version());
            float[] vector = cache.get(key);
            // evicted between the two loops when more than CACHED_ITEMS were asked for at once
            vectors.add(vector != null ? vector : model(language).embed(item.text()).content().vector());
        }
        return vectors;
    }

    private synchronized EmbeddingModel model(EmbeddingLanguage language) {
        return models.computeIfAbsent(language, l -> switch (l) {
            case ENGLISH -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            case CHINESE -> new BgeSmallZhV15QuantizedEmbeddingModel();
        });
    }
}
