package dev.tandem.estimation;

import dev.tandem.estimation.engine.EmbeddingLanguage;
import dev.tandem.estimation.internal.TextEmbeddings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The in-process sentence embeddings that effort suggestions use, offered to other modules so that the whole
 * application reads text with one pair of models: all-MiniLM-L6-v2 for English, bge-small-zh-v1.5 when a text is mostly
 * Chinese, Japanese or Korean script. Vectors of different models are not comparable; {@link Vector#model()} says
 * which one made a vector. A model loads on its first use (a second or two): callers that serve a request should embed
 * off the request thread.
 */
@Service
public class SentenceEmbeddings {

    private final TextEmbeddings embeddings;

    SentenceEmbeddings(TextEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** A text's embedding, unit length, and the model that made it ({@code en} or {@code zh}). */
    public record Vector(String model, float[] values) {

        /** The cosine of two vectors of one model; 0 for vectors of different models. */
        public double similarity(Vector other) {
            if (!model.equals(other.model) || values.length != other.values.length) {
                return 0;
            }
            double dot = 0;
            double a = 0;
            double b = 0;
            for (int i = 0; i < values.length; i++) {
                dot += values[i] * other.values[i];
                a += values[i] * values[i];
                b += other.values[i] * other.values[i];
            }
            return a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
        }
    }

    /** Which model reads the text: {@code zh} when CJK characters outnumber the other words, else {@code en}. */
    public static String modelOf(String text) {
        return model(EmbeddingLanguage.of(text));
    }

    /** The texts' embeddings in their order, each by the model of its language, in one batch per model. Blocks. */
    public List<Vector> embedAll(List<String> texts) {
        Map<EmbeddingLanguage, List<Integer>> byLanguage = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byLanguage.computeIfAbsent(EmbeddingLanguage.of(texts.get(i)), l -> new ArrayList<>()).add(i);
        }
        Vector[] out = new Vector[texts.size()];
        byLanguage.forEach((language, positions) -> {
            List<float[]> vectors = embeddings.embedAll(language, positions.stream().map(texts::get).toList());
            for (int i = 0; i < positions.size(); i++) {
                out[positions.get(i)] = new Vector(model(language), vectors.get(i));
            }
        });
        return List.of(out);
    }

    private static String model(EmbeddingLanguage language) {
        return language == EmbeddingLanguage.CHINESE ? "zh" : "en";
    }
}
