package dev.tandem.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a notification is about. Kinds {@code forPeople} reach named people (inbox, e-mail) and take a place in each
 * person's preferences; every kind can go to a project's chat channels.
 */
public enum NotificationKind {
    CHANGE_REQUEST_WAITING("change-request-waiting", true),
    CHANGE_REQUEST_DECIDED("change-request-decided", false),
    DELAY_RISK("delay-risk", true),
    ACTION_ITEM_ASSIGNED("action-item-assigned", true);

    private final String code;
    private final boolean forPeople;

    NotificationKind(String code, boolean forPeople) {
        this.code = code;
        this.forPeople = forPeople;
    }

    public String code() {
        return code;
    }

    public boolean forPeople() {
        return forPeople;
    }

    public static Optional<NotificationKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static List<NotificationKind> personal() {
        return Arrays.stream(values()).filter(NotificationKind::forPeople).toList();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(NotificationKind::code).toList();
    }
}
