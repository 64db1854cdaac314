package dev.tandem.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a subscription may ask to be told about; {@link #code()} is the name receivers see. */
public enum WebhookEventType {
    ITEM_CREATED,
    ITEM_CHANGED,
    ITEM_STATUS_CHANGED,
    MILESTONE_SLIPPED,
    CHANGE_SUBMITTED,
    CHANGE_DECIDED,
    BASELINE_CAPTURED,
    MEETING_DECISION_RECORDED;

    /** {@code ITEM_STATUS_CHANGED} is {@code item.status-changed}: the subject, a dot, then the verb. */
    public String code() {
        String lower = name().toLowerCase(Locale.ROOT);
        int first = lower.indexOf('_');
        return lower.substring(0, first) + "." + lower.substring(first + 1).replace('_', '-');
    }

    public static Optional<WebhookEventType> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
