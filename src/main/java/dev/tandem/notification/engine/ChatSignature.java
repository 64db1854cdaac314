package dev.tandem.notification.engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The signatures chat providers ask of a custom bot that has a signing secret, as their documentation defines them. */
public final class ChatSignature {

    private ChatSignature() {
    }

    /**
     * Feishu/Lark: HMAC-SHA256 whose key is {@code timestamp + "\n" + secret} over no data at all, in Base64; the
     * timestamp in seconds. Both go into the message body.
     */
    public static String feishu(long epochSeconds, String secret) {
        return Base64.getEncoder().encodeToString(hmac((epochSeconds + "\n" + secret).getBytes(StandardCharsets.UTF_8),
                new byte[0]));
    }

    /**
     * DingTalk: HMAC-SHA256 keyed with the secret over {@code timestamp + "\n" + secret}, in Base64, URL-encoded; the
     * timestamp in milliseconds. Both go into the URL as {@code &timestamp=…&sign=…}.
     */
    public static String dingTalk(long epochMillis, String secret) {
        byte[] mac = hmac(secret.getBytes(StandardCharsets.UTF_8),
                (epochMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
        return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
    }

    /** The webhook URL with DingTalk's timestamp and signature appended. */
    public static String dingTalkUrl(String url, long epochMillis, String secret) {
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + epochMillis + "&sign=" + dingTalk(epochMillis, secret);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
