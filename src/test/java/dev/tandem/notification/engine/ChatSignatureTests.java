package dev.tandem.notification.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Each provider's signature computed here as its documentation spells it out, and compared with the engine's. */
class ChatSignatureTests {

    private static byte[] hmac(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void feishuSignsNothingWithTheTimestampAndSecretAsKey() throws Exception {
        // the documentation's example timestamp, in seconds
        String expected = Base64.getEncoder().encodeToString(hmac("1599360473\nthis is secret", ""));
        assertThat(ChatSignature.feishu(1599360473L, "this is secret")).isEqualTo(expected);
        assertThat(ChatSignature.feishu(1599360474L, "this is secret")).isNotEqualTo(expected);
    }

    @Test
    void dingTalkSignsTimestampAndSecretWithTheSecretThenUrlEncodes() throws Exception {
        long millis = 1577262236757L;
        String base64 = Base64.getEncoder().encodeToString(hmac("SECabc", millis + "\nSECabc"));
        String sign = ChatSignature.dingTalk(millis, "SECabc");
        assertThat(URLDecoder.decode(sign, StandardCharsets.UTF_8)).isEqualTo(base64);
        assertThat(sign).doesNotContain("+", "/", "=");
    }

    @Test
    void dingTalkUrlAppendsTimestampAndSign() {
        String url = ChatSignature.dingTalkUrl("https://oapi.dingtalk.com/robot/send?access_token=T", 5L, "s");
        assertThat(url).startsWith("https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=5&sign=")
                .endsWith(ChatSignature.dingTalk(5L, "s"));
        assertThat(ChatSignature.dingTalkUrl("https://x.test/hook", 5L, "s")).startsWith("https://x.test/hook?timestamp=5&");
    }
}
