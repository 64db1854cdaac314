package dev.tandem.notification.internal;

import dev.tandem.notification.engine.ChatSignature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import dev.tandem.notification.ChatProvider;

/**
 * The message card each chat provider takes from a custom bot: a title, the notification's text and a link back to
 * Tandem, signed where the provider asks for it. The request is the URL to post to and the JSON body.
 */
final class ChatMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Request(String url, String body) {
    }

    private ChatMessages() {
    }

    static Request of(ChatProvider provider, String url, String secret, String title, String text, String link,
                      String open, long epochMillis) {
        return switch (provider) {
            case SLACK -> {
                Map<String, Object> button = Map.of("type", "button",
                        "text", Map.of("type", "plain_text", "text", open), "url", link);
                yield new Request(url, json(Map.of("text", title + ": " + text, "blocks", List.of(
                        Map.of("type", "header", "text", Map.of("type", "plain_text", "text", title)),
                        Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", escapeSlack(text))),
                        Map.of("type", "actions", "elements", List.of(button))))));
            }
            case FEISHU -> {
                var body = new LinkedHashMap<String, Object>();
                if (secret != null) {
                    long seconds = epochMillis / 1000;
                    body.put("timestamp", Long.toString(seconds));
                    body.put("sign", ChatSignature.feishu(seconds, secret));
                }
                body.put("msg_type", "interactive");
                body.put("card", Map.of(
                        "header", Map.of("title", Map.of("tag", "plain_text", "content", title)),
                        "elements", List.of(
                                Map.of("tag", "div", "text", Map.of("tag", "plain_text", "content", text)),
                                Map.of("tag", "action", "actions", List.of(Map.of("tag", "button",
                                        "text", Map.of("tag", "plain_text", "content", open), "type", "primary",
                                        "url", link))))));
                yield new Request(url, json(body));
            }
            case DINGTALK -> new Request(secret == null ? url : ChatSignature.dingTalkUrl(url, epochMillis, secret),
                    json(Map.of("msgtype", "actionCard", "actionCard", Map.of("title", title,
                            "text", "### " + title + "\n\n" + text, "singleTitle", open, "singleURL", link))));
            case WECOM -> new Request(url, json(Map.of("msgtype", "markdown", "markdown", Map.of("content",
                    "**" + title + "**\n" + text + "\n[" + open + "](" + link + ")"))));
        };
    }

    private static String escapeSlack(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }
}
