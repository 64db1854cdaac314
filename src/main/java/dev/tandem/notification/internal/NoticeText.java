package dev.tandem.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A notice's words as a message key and its arguments, kept so that each reader reads it in their own language. An
 * argument is a plain text (a key, a title, a number already written out), another message, or a list of messages
 * (read as one text, joined by {@code notice.separator}), as a delay-risk warning's reasons are.
 */
public record NoticeText(String key, List<Object> args) {

    /** The length of the {@code message_args} column; arguments that do not fit leave the notice in English. */
    private static final int MAX_ARGS = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public NoticeText {
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof NoticeText
                    || arg instanceof List<?> list && list.stream().allMatch(NoticeText.class::isInstance))) {
                throw new IllegalArgumentException("A notice argument is a text, a message or a list of messages: " + arg);
            }
        }
    }

    public String render(MessageSource messages, Locale locale, String fallback) {
        Object[] rendered = args.stream().map(arg -> switch (arg) {
            case NoticeText text -> text.render(messages, locale, text.key());
            case List<?> list -> String.join(messages.getMessage("notice.separator", null, "; ", locale),
                    list.stream().map(t -> ((NoticeText) t).render(messages, locale, ((NoticeText) t).key())).toList());
            default -> arg;
        }).toArray();
        return messages.getMessage(key, rendered, fallback, locale);
    }

    /** The arguments as stored; null when they would not fit, so that the notice keeps its English text only. */
    public String encodedArgs() {
        String json = JSON.writeValueAsString(encode(args));
        return json.length() <= MAX_ARGS ? json : null;
    }

    /** The notice kept as key and arguments, or empty for one that is only English text (as notices were once). */
    public static Optional<NoticeText> decode(String key, String args) {
        if (key == null || args == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new NoticeText(key, decode(JSON.readTree(args))));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ArrayNode encode(List<?> args) {
        ArrayNode array = JSON.createArrayNode();
        for (Object arg : args) {
            switch (arg) {
                case NoticeText text -> array.add(encode(text));
                case List<?> list -> array.add(encode(list));
                default -> array.add((String) arg);
            }
        }
        return array;
    }

    private static ObjectNode encode(NoticeText text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", text.key());
        node.set("args", encode(text.args()));
        return node;
    }

    private static List<Object> decode(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("not a list of arguments");
        }
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : array) {
            if (arg.isString()) {
                args.add(arg.asString());
            } else if (arg.isObject()) {
                args.add(message(arg));
            } else if (arg.isArray()) {
                List<NoticeText> list = new ArrayList<>();
                for (JsonNode element : arg) {
                    list.add(message(element));
                }
                args.add(list);
            } else {
                throw new IllegalArgumentException("not an argument: " + arg);
            }
        }
        return args;
    }

    private static NoticeText message(JsonNode node) {
        if (!node.isObject() || !node.path("key").isString()) {
            throw new IllegalArgumentException("not a message");
        }
        return new NoticeText(node.get("key").asString(), decode(node.get("args")));
    }
}
