package dev.tandem.planner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Explanations and infeasibilities are keys plus arguments: every key must read well in both languages. */
class PlannerMessagesTests {

    @Test
    void everyReasonAndInfeasibilityHasASentenceInBothLanguages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties messages = load(bundle);
            for (Reason.Kind kind : Reason.Kind.values()) {
                assertThat(messages.getProperty(kind.key())).as(bundle + " " + kind.key()).isNotBlank();
            }
            for (Infeasibility.Kind kind : Infeasibility.Kind.values()) {
                String key = new Infeasibility(kind, "X", "Li").messageKey();
                assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void theSkillSentenceCountsPeople() throws IOException {
        String pattern = load("messages.properties").getProperty(Reason.Kind.SKILL.key());

        assertThat(new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {"Kotlin", 3, 1L, "Li", 4}))
                .isEqualTo("Only one person has Kotlin ≥ 3; Li has level 4");
        assertThat(new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {"Kotlin", 3, 2L, "Li", 3}))
                .isEqualTo("2 people have Kotlin ≥ 3; Li has level 3");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlannerMessagesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
