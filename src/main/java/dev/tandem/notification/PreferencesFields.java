package dev.tandem.notification;

import java.util.List;

/**
 * A person's new choices: every kind left out stays as it is; quiet hours as {@code HH:mm}, both blank for none; the
 * daily digest's time as {@code HH:mm}, blank for an e-mail per notification.
 */
public record PreferencesFields(List<PreferencesView.Choice> choices, String quietFrom, String quietUntil,
                                String digestAt, Long version) {
}
