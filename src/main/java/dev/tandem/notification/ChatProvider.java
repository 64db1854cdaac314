package dev.tandem.notification;

import java.util.Arrays;
import java.util.Optional;

/** The chat tools whose incoming webhooks (custom bots) Tandem posts to. */
public enum ChatProvider {
    SLACK, FEISHU, DINGTALK, WECOM;

    /** Feishu and DingTalk sign each message when their bot has a signing secret. */
    public boolean signs() {
        return this == FEISHU || this == DINGTALK;
    }

    public static Optional<ChatProvider> byName(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst();
    }
}
