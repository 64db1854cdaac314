package dev.tandem.estimation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddingLanguageTests {

    @Test
    void chineseTextPicksTheChineseModel() {
        assertThat(EmbeddingLanguage.of("支付页面加载缓慢")).isEqualTo(EmbeddingLanguage.CHINESE);
        assertThat(EmbeddingLanguage.of("修复 Stripe webhook 超时")).isEqualTo(EmbeddingLanguage.CHINESE);
    }

    @Test
    void englishTextAndTextWithAFewChineseWordsPickTheEnglishModel() {
        assertThat(EmbeddingLanguage.of("Payment page loads slowly")).isEqualTo(EmbeddingLanguage.ENGLISH);
        assertThat(EmbeddingLanguage.of("Translate the 支付 button label for the checkout page")).isEqualTo(EmbeddingLanguage.ENGLISH);
        assertThat(EmbeddingLanguage.of("")).isEqualTo(EmbeddingLanguage.ENGLISH);
    }
}
