package dev.tandem.delayrisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every factor has its words in both languages, with the value in them; the keys are built from the feature names. */
class FactorMessagesTests {

    static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = FactorMessagesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyFactorSpeaksEnglishAndChineseWithItsValue() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties messages = bundle(name);
            for (Feature f : Feature.values()) {
                String pattern = messages.getProperty(f.messageKey());
                assertThat(pattern).as("%s in %s", f.messageKey(), name).isNotBlank().contains("{0}");
            }
        }
        String load = bundle("messages.properties").getProperty(Feature.ASSIGNEE_LOAD.messageKey());
        assertThat(new MessageFormat(load, Locale.ENGLISH).format(FactorText.args(new Factor(Feature.ASSIGNEE_LOAD, 1.3, 1))))
                .isEqualTo("assignee at 130 % load next week");
    }
}
