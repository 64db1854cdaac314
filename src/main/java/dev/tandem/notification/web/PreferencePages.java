package dev.tandem.notification.web;

import dev.tandem.notification.NotificationKind;
import dev.tandem.notification.NotificationPreferences;
import dev.tandem.notification.PreferencesFields;
import dev.tandem.notification.PreferencesView;
import dev.tandem.shared.Actor;
import dev.tandem.shared.NotFoundException;
import dev.tandem.system.FormProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's notification choices under their account: a grid of kinds by channels with a box each, and quiet
 * hours and the daily digest's time; and the unsubscribe page that an e-mail's link opens, which works without signing in.
 */
@Controller
class PreferencePages {

    private final NotificationPreferences preferences;

    PreferencePages(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/account/notifications")
    String page(Actor actor, Model model) {
        model.addAttribute("preferences", preferences.preferences(actor));
        return "notification/preferences";
    }

    /** A ticked box arrives as {@code inbox}/{@code email} holding the kind's code; an unticked one does not arrive. */
    @PostMapping("/account/notifications")
    String save(Actor actor, @RequestParam(required = false) List<String> inbox,
                @RequestParam(required = false) List<String> email, @RequestParam(required = false) String quietFrom,
                @RequestParam(required = false) String quietUntil, @RequestParam(required = false) String digestAt,
                @RequestParam(required = false) Long version,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<String> inboxOn = inbox == null ? List.of() : inbox;
        List<String> emailOn = email == null ? List.of() : email;
        List<PreferencesView.Choice> choices = NotificationKind.personal().stream()
                .map(k -> new PreferencesView.Choice(k.code(), inboxOn.contains(k.code()), emailOn.contains(k.code())))
                .toList();
        return FormProblem.attempt(() -> preferences.update(actor, new PreferencesFields(choices, quietFrom, quietUntil,
                        digestAt, version)), "notice.notifications.saved", "/account/notifications", model, response, redirect,
                () -> page(actor, model));
    }

    @GetMapping("/notifications/unsubscribe")
    String unsubscribePage(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "notification/unsubscribe";
    }

    @PostMapping("/notifications/unsubscribe")
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        model.addAttribute("token", token);
        try {
            model.addAttribute("unsubscribed", preferences.unsubscribe(token));
        } catch (NotFoundException e) {
            response.setStatus(404);
            model.addAttribute("invalid", true);
        }
        return "notification/unsubscribe";
    }
}
