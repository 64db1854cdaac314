package dev.tandem.delayrisk;

import java.util.List;

/**
 * An item's or milestone's delay risk reached the warning threshold; published once per crossing. {@code recipients}
 * are the person ids of the project's PMs and EMs, {@code reasons} the top factors in English.
 */
public record DelayRiskRaised(String projectKey, String itemKey, String title, int percent, String reasons,
                              List<Long> recipients) {
}
