package dev.tandem.webhook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected values from {@code printf '%s' "<t>.<body>" | openssl dgst -sha256 -hmac <secret>}. */
class WebhookSignatureTests {

    private static final String BODY = "{\"id\":\"e1\",\"type\":\"item.created\"}";

    @Test
    void signsTimestampDotBodyWithHmacSha256InLowercaseHex() {
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY))
                .isEqualTo("b90197a342936e6001271bb394e41e9b540e914183e4f9039463c4751020f792");
    }

    @Test
    void anotherSecretGivesAnotherSignature() {
        assertThat(WebhookSignature.sign("whsec_other", 1_700_000_000L, BODY))
                .isEqualTo("5157d29f757fbf75aab6f3b1bf5cff67ecbd4564bf39f72b31f3711d1ed86ffd");
    }

    @Test
    void theHeaderNamesTheTimestampAndTheSignature() {
        assertThat(WebhookSignature.header("whsec_test", 1_700_000_000L, BODY))
                .isEqualTo("t=1700000000,v1=b90197a342936e6001271bb394e41e9b540e914183e4f9039463c4751020f792");
    }

    @Test
    void theTimestampIsSignedToo() {
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_001L, BODY))
                .isNotEqualTo(WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY));
    }
}
