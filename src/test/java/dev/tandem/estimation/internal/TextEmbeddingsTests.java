package dev.tandem.estimation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.estimation.engine.EmbeddingLanguage;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real models once (a few seconds each): paraphrases must lie closer together than unrelated titles. */
class TextEmbeddingsTests {

    static TextEmbeddings embeddings;

    @BeforeAll
    static void loadModels() {
        embeddings = new TextEmbeddings();
    }

    @Test
    void englishParaphrasesAreMoreSimilarThanAnUnrelatedTitle() {
        float[] refund = embeddings.embed(EmbeddingLanguage.ENGLISH, "Add an endpoint to refund a card payment");
        float[] paraphrase = embeddings.embed(EmbeddingLanguage.ENGLISH, "API call for refunding credit card charges");
        float[] unrelated = embeddings.embed(EmbeddingLanguage.ENGLISH, "Upgrade the logging library");

        assertThat(cosine(refund, paraphrase)).isGreaterThan(cosine(refund, unrelated) + 0.1);
    }

    @Test
    void chineseParaphrasesAreMoreSimilarThanAnUnrelatedTitle() {
        float[] refund = embeddings.embed(EmbeddingLanguage.CHINESE, "新增银行卡支付退款接口");
        float[] paraphrase = embeddings.embed(EmbeddingLanguage.CHINESE, "提供信用卡付款的退款API");
        float[] unrelated = embeddings.embed(EmbeddingLanguage.CHINESE, "升级日志库版本");

        assertThat(cosine(refund, paraphrase)).isGreaterThan(cosine(refund, unrelated) + 0.1);
    }

    @Test
    void anItemIsEmbeddedOncePerVersion() {
        var v1 = new TextEmbeddings.ItemText(1, 0, "Refund endpoint");
        var v1Again = new TextEmbeddings.ItemText(1, 0, "text no longer read: version 0 is cached");
        var v2 = new TextEmbeddings.ItemText(1, 1, "Upgrade the logging library");

        float[] first = embeddings.embedItems(EmbeddingLanguage.ENGLISH, List.of(v1)).getFirst();
        float[] cached = embeddings.embedItems(EmbeddingLanguage.ENGLISH, List.of(v1Again)).getFirst();
        float[] edited = embeddings.embedItems(EmbeddingLanguage.ENGLISH, List.of(v2)).getFirst();

        assertThat(cached).isSameAs(first);
        assertThat(edited).isNotEqualTo(first);
    }

    @Test
    void aCallEmbedsAtMostItsShareAndLeavesTheRestToTheBackground() throws Exception {
        var twoPerCall = new TextEmbeddings(2);
        List<TextEmbeddings.ItemText> items = List.of("Refund endpoint", "Upgrade the logging library",
                "Export the board as CSV", "Fix the login redirect", "Translate the settings page").stream()
                .map(text -> new TextEmbeddings.ItemText(text.hashCode(), 0, text)).toList();
        try {
            List<float[]> first = twoPerCall.embedItems(EmbeddingLanguage.ENGLISH, items);
            assertThat(first.subList(0, 2)).doesNotContainNull();
            assertThat(first.subList(2, 5)).containsOnlyNulls();

            twoPerCall.awaitBackground();
            List<float[]> later = twoPerCall.embedItems(EmbeddingLanguage.ENGLISH, items);
            assertThat(later).doesNotContainNull();
            assertThat(later.getFirst()).isSameAs(first.getFirst());
            assertThat(later.get(4)).isEqualTo(embeddings.embed(EmbeddingLanguage.ENGLISH, "Translate the settings page"));
        } finally {
            twoPerCall.stop();
        }
    }

    @Test
    void twoCallsAtTheSameMomentDoNotEmbedTheSameItemsTwice() throws Exception {
        var twoPerCall = new TextEmbeddings(2);
        List<TextEmbeddings.ItemText> items = List.of("Archive old sprints", "Show the burndown in hours",
                "Rename a workflow status", "Import issues from CSV").stream()
                .map(text -> new TextEmbeddings.ItemText(text.hashCode(), 0, text)).toList();
        var start = new CountDownLatch(1);
        try (var callers = Executors.newFixedThreadPool(2)) {
            Callable<List<float[]>> call = () -> {
                start.await();
                return twoPerCall.embedItems(EmbeddingLanguage.ENGLISH, items);
            };
            Future<List<float[]>> one = callers.submit(call);
            Future<List<float[]>> other = callers.submit(call);
            start.countDown();
            List<float[]> a = one.get(60, TimeUnit.SECONDS);
            List<float[]> b = other.get(60, TimeUnit.SECONDS);

            // whichever came second found the first one's items cached: the very same vectors, not a second embedding
            assertThat(a.subList(0, 2)).doesNotContainNull();
            assertThat(b.get(0)).isSameAs(a.get(0));
            assertThat(b.get(1)).isSameAs(a.get(1));
        } finally {
            twoPerCall.stop();
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
