package dev.tandem.knowledge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Built-in templates exist in both languages and the reader's language picks one. */
class TemplatesTests {

    @Test
    void chineseReadersGetChineseAndEveryoneElseEnglish() {
        assertThat(Templates.language(Locale.SIMPLIFIED_CHINESE)).isEqualTo("zh");
        assertThat(Templates.language(Locale.forLanguageTag("zh"))).isEqualTo("zh");
        assertThat(Templates.language(Locale.ENGLISH)).isEqualTo("en");
        assertThat(Templates.language(Locale.GERMAN)).isEqualTo("en");
        assertThat(Templates.language(null)).isEqualTo("en");
    }

    @Test
    void everyBuiltInTemplateHasBothLanguages() {
        assertThat(Templates.BUILT_IN).containsExactly("adr", "design", "postmortem", "minutes", "runbook", "kickoff");
        for (String key : Templates.BUILT_IN) {
            assertThat(Templates.body(key, Locale.ENGLISH)).startsWith("# ").doesNotContainPattern("[\\u4e00-\\u9fff]");
            assertThat(Templates.body(key, Locale.SIMPLIFIED_CHINESE)).startsWith("# ").containsPattern("[\\u4e00-\\u9fff]");
        }
        assertThat(Templates.body("postmortem", Locale.SIMPLIFIED_CHINESE)).startsWith("# 复盘");
    }

    @Test
    void anUnknownTemplateIsRefused() {
        assertThatThrownBy(() -> Templates.body("../secrets", Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
    }
}
