package dev.tandem.notification;

import java.time.LocalTime;
import java.util.List;

/**
 * A person's notification choices: for each kind that reaches people, whether it goes to the inbox and by e-mail;
 * quiet hours (both null: none) on the clock of {@code timeZone}; the time of the daily digest on that clock (null: each
 * e-mail goes on its own); whether this server sends e-mail at all.
 */
public record PreferencesView(List<Choice> choices, LocalTime quietFrom, LocalTime quietUntil, LocalTime digestAt,
                              String timeZone,
                              boolean emailAvailable, boolean hasEmailAddress, long version) {

    public record Choice(String kind, boolean inbox, boolean email) {
    }
}
