package dev.tandem.notification.api;

import dev.tandem.notification.NotificationPreferences;
import dev.tandem.notification.PreferencesFields;
import dev.tandem.notification.PreferencesView;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/me/notification-preferences")
@Tag(name = "Notifications", description = "The signed-in person's in-app inbox")
class PreferencesApi {

    private final NotificationPreferences preferences;

    PreferencesApi(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    record PreferencesBody(@Size(max = 20) List<PreferencesView.Choice> choices, @Size(max = 8) String quietFrom,
                           @Size(max = 8) String quietUntil, @Size(max = 8) String digestAt, Long version) {
    }

    @GetMapping
    @Operation(summary = "The caller's notification choices",
            description = "For each kind that reaches people (change-request-waiting, delay-risk, action-item-assigned) "
                    + "whether it goes to the inbox and by e-mail; quiet hours in the caller's time zone; whether this "
                    + "server sends e-mail at all; `digestAt`, the time of the daily digest in the caller's time zone "
                    + "(null: an e-mail per notification).")
    PreferencesView get(Actor actor) {
        return preferences.preferences(actor);
    }

    @PutMapping
    @Operation(summary = "Change the caller's notification choices",
            description = "Kinds left out stay as they are. Quiet hours as HH:mm (over midnight when the start is "
                    + "later than the end), both blank for none; e-mails written during them wait until they end. "
                    + "`digestAt` (HH:mm, blank for none) gathers all of the caller's e-mails into one daily digest at "
                    + "that time of their time zone, grouped by project and kind; a day without notifications sends "
                    + "none. The "
                    + "version the change is based on is required; a stale one gets 409.")
    PreferencesView put(Actor actor, @Valid @RequestBody PreferencesBody body) {
        return preferences.update(actor, new PreferencesFields(body.choices(), body.quietFrom(), body.quietUntil(),
                body.digestAt(), body.version()));
    }
}
