package dev.tandem.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A notice kept as key and arguments: stored, read back and rendered per language, with nested reasons. */
class NoticeTextTests {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private final StaticMessageSource messages = new StaticMessageSource();

    NoticeTextTests() {
        messages.addMessage("notice.separator", Locale.ENGLISH, "; ");
        messages.addMessage("notice.separator", CHINESE, ";");
        messages.addMessage("late", Locale.ENGLISH, "{0} may finish late: {1} % ({2})");
        messages.addMessage("late", CHINESE, "{0}可能延期完成:{1} %({2})");
        messages.addMessage("blocked", Locale.ENGLISH, "{0} blocked days");
        messages.addMessage("blocked", CHINESE, "阻塞 {0} 天");
        messages.addMessage("bugs", Locale.ENGLISH, "{0} open bugs");
        messages.addMessage("bugs", CHINESE, "{0} 个未关闭的缺陷");
    }

    private final NoticeText warning = new NoticeText("late", List.of("PAY-7", "72",
            List.of(new NoticeText("blocked", List.of("3")), new NoticeText("bugs", List.of("2")))));

    @Test
    void rendersInEachLanguageWithTheReasonsJoined() {
        assertThat(warning.render(messages, Locale.ENGLISH, "stored"))
                .isEqualTo("PAY-7 may finish late: 72 % (3 blocked days; 2 open bugs)");
        assertThat(warning.render(messages, CHINESE, "stored")).isEqualTo("PAY-7可能延期完成:72 %(阻塞 3 天;2 个未关闭的缺陷)");
    }

    @Test
    void whatIsStoredReadsBackTheSame() {
        var read = NoticeText.decode("late", warning.encodedArgs());

        assertThat(read).contains(warning);
        assertThat(warning.encodedArgs())
                .isEqualTo("[\"PAY-7\",\"72\",[{\"key\":\"blocked\",\"args\":[\"3\"]},{\"key\":\"bugs\",\"args\":[\"2\"]}]]");
    }

    @Test
    void aNoticeWithoutKeyOrWithUnreadableArgumentsIsLeftToItsStoredText() {
        assertThat(NoticeText.decode(null, null)).isEmpty();
        assertThat(NoticeText.decode("late", "{not json")).isEmpty();
        assertThat(NoticeText.decode("late", "[1]")).isEmpty();
        assertThat(NoticeText.decode("late", "{\"key\":\"x\"}")).isEmpty();
    }

    @Test
    void anUnknownKeyFallsBackToTheStoredText() {
        assertThat(new NoticeText("gone", List.of("x")).render(messages, Locale.ENGLISH, "stored")).isEqualTo("stored");
    }

    @Test
    void argumentsTooLongForTheColumnAreNotKeptAndOnlyTextAndMessagesAreArguments() {
        assertThat(new NoticeText("late", List.of("x".repeat(4001))).encodedArgs()).isNull();
        assertThatThrownBy(() -> new NoticeText("late", List.of(3))).isInstanceOf(IllegalArgumentException.class);
    }
}
