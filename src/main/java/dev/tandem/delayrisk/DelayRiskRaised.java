package dev.tandem.delayrisk;

import java.util.List;

/**
 * An item's or milestone's delay risk reached the warning threshold; published once per crossing. {@code recipients}
 * are the person ids of the project's PMs and EMs, {@code reasons} the top factors as message keys with their
 * arguments, so that each reader reads them in their own language.
 */
public record DelayRiskRaised(String projectKey, String itemKey, String title, int percent, List<Reason> reasons,
                              List<Long> recipients) {

    /** One factor's words: the message {@code messageKey} (a {@code delayrisk.factor.*} key) with {@code args}. */
    public record Reason(String messageKey, List<String> args) {
    }
}
