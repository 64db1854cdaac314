package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import dev.tandem.notification.internal.Mailer;
import dev.tandem.notification.internal.NotificationSender;

/** Chat tools that answer 200 to a refused message, and whether e-mail is on. */
class ChatAnswerTests {

    @Test
    void aNonZeroCodeInA200AnswerIsARefusal() {
        assertThat(NotificationSender.refusal(ChatProvider.FEISHU, "{\"code\":0,\"msg\":\"success\"}")).isNull();
        assertThat(NotificationSender.refusal(ChatProvider.FEISHU, "{\"code\":19021,\"msg\":\"sign match fail\"}"))
                .contains("refused by feishu", "19021");
        assertThat(NotificationSender.refusal(ChatProvider.DINGTALK, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}"))
                .contains("refused by dingtalk");
        assertThat(NotificationSender.refusal(ChatProvider.WECOM, "{\"errcode\":0,\"errmsg\":\"ok\"}")).isNull();
        assertThat(NotificationSender.refusal(ChatProvider.SLACK, "ok")).isNull();
    }

    @Test
    void withoutAHostEmailIsOff() {
        StaticMessageSource messages = new StaticMessageSource();
        assertThat(new Mailer("", 587, "", "", "t@example.test", true, messages).enabled()).isFalse();
        assertThat(new Mailer("smtp.example.test", 587, "", "", "t@example.test", true, messages).enabled()).isTrue();
    }
}
