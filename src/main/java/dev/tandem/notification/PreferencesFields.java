package dev.tandem.notification;

import java.util.List;

/**
 * A person's new choices: every kind left out stays as it is; quiet hours as {@code HH:mm}, both blank for none.
 */
public record PreferencesFields(List<PreferencesView.Choice> choices, String quietFrom, String quietUntil,
                                Long version) {
}
