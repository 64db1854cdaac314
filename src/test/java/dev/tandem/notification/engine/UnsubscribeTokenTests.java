package dev.tandem.notification.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnsubscribeTokenTests {

    private static final byte[] KEY = "a server key of thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void aTokenNamesItsPersonAndKind() {
        String token = UnsubscribeToken.make(KEY, 42, "delay-risk");
        assertThat(token).startsWith("42.delay-risk.");
        assertThat(UnsubscribeToken.verify(KEY, token)).contains(new UnsubscribeToken.Subject(42, "delay-risk"));
    }

    @Test
    void anotherPersonKindOrKeyDoesNotVerify() {
        String token = UnsubscribeToken.make(KEY, 42, "delay-risk");
        String mac = token.substring(token.lastIndexOf('.') + 1);
        assertThat(UnsubscribeToken.verify(KEY, "43.delay-risk." + mac)).isEmpty();
        assertThat(UnsubscribeToken.verify(KEY, "42.action-item-assigned." + mac)).isEmpty();
        assertThat(UnsubscribeToken.verify("another key".getBytes(StandardCharsets.UTF_8), token)).isEmpty();
        assertThat(UnsubscribeToken.verify(KEY, "42.delay-risk.%%%")).isEmpty();
        assertThat(UnsubscribeToken.verify(KEY, null)).isEmpty();
    }
}
