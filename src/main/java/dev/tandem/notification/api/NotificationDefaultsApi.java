package dev.tandem.notification.api;

import dev.tandem.notification.NotificationPreferences;
import dev.tandem.notification.PreferencesView;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}/notification-defaults")
@Tag(name = "Chat channels", description = "A project's Slack, Feishu/Lark, DingTalk and WeCom group bots and the "
        + "messages sent to them")
class NotificationDefaultsApi {

    private final NotificationPreferences preferences;

    NotificationDefaultsApi(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    record DefaultsBody(@Size(max = 20) List<PreferencesView.Choice> choices) {
    }

    @GetMapping
    @Operation(summary = "The project's notification defaults",
            description = "For each kind that reaches people, whether it goes to the inbox and by e-mail for members "
                    + "who made no choice of their own (on unless set).")
    List<PreferencesView.Choice> get(Actor actor, @PathVariable String key) {
        return preferences.projectDefaults(actor, key);
    }

    @PutMapping
    @Operation(summary = "Change the project's notification defaults",
            description = "Kinds left out stay as they are; a person's own choice always wins over the default.")
    List<PreferencesView.Choice> put(Actor actor, @PathVariable String key, @Valid @RequestBody DefaultsBody body) {
        return preferences.changeProjectDefaults(actor, key, body.choices());
    }
}
