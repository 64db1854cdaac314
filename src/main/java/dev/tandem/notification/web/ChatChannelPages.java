package dev.tandem.notification.web;

import dev.tandem.notification.ChatChannelFields;
import dev.tandem.notification.ChatChannelManagement;
import dev.tandem.notification.ChatChannelView;
import dev.tandem.notification.ChatProvider;
import dev.tandem.notification.NotificationKind;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.system.FormProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's chat channels: the list with each channel's latest messages (failed ones marked, with the error), a
 * form to add one, pause or resume and remove. Refusals come back next to the form (400, or 409 for a stale version).
 */
@Controller
@RequestMapping("/projects/{key}/chat-channels")
class ChatChannelPages {

    private static final int SHOWN_DELIVERIES = 20;

    private final ChatChannelManagement chat;
    private final PortfolioManagement portfolio;

    ChatChannelPages(ChatChannelManagement chat, PortfolioManagement portfolio) {
        this.chat = chat;
        this.portfolio = portfolio;
    }

    record Entered(String name, String provider, String url, List<String> kinds, String language) {
    }

    @GetMapping
    String list(Actor actor, @PathVariable String key, Model model) {
        List<ChatChannelView> channels = chat.channels(actor, key);
        Map<Long, Object> deliveries = new LinkedHashMap<>();
        for (ChatChannelView channel : channels) {
            deliveries.put(channel.id(), chat.deliveries(actor, key, channel.id(), SHOWN_DELIVERIES));
        }
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("channels", channels);
        model.addAttribute("deliveries", deliveries);
        model.addAttribute("kinds", NotificationKind.codes());
        model.addAttribute("providers", List.of(ChatProvider.values()));
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", new Entered("", "SLACK", "", NotificationKind.codes(), "en"));
        }
        return "notification/chat-channels";
    }

    @PostMapping
    String add(Actor actor, @PathVariable String key, @RequestParam(required = false) String name,
               @RequestParam(required = false) String provider, @RequestParam(required = false) String url,
               @RequestParam(required = false) String secret, @RequestParam(required = false) List<String> kinds,
               @RequestParam(required = false) String language, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        List<String> chosen = kinds == null ? List.of() : kinds;
        try {
            chat.add(actor, key, new ChatChannelFields(name, provider, url, secret, chosen, language, true));
        } catch (InvalidInputException e) {
            FormProblem.show(e, model, response, "add");
            model.addAttribute("entered", new Entered(name, provider, url, chosen, language));
            return list(actor, key, model);
        }
        redirect.addFlashAttribute("notice", "notice.chatChannel.added");
        return "redirect:/projects/" + key + "/chat-channels";
    }

    @PostMapping("/{id}/active")
    String active(Actor actor, @PathVariable String key, @PathVariable long id,
                  @RequestParam(required = false) String active, @RequestParam(required = false) Long version,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> chat.update(actor, key, id, new ChatChannelFields(null, null, null, null, null,
                        null, "true".equals(active)), version), "notice.chatChannel.saved",
                "/projects/" + key + "/chat-channels", model, response, redirect, () -> list(actor, key, model));
    }

    @PostMapping("/{id}/delete")
    String delete(Actor actor, @PathVariable String key, @PathVariable long id,
                  @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return FormProblem.attempt(() -> chat.delete(actor, key, id, version), "notice.chatChannel.deleted",
                "/projects/" + key + "/chat-channels", model, response, redirect, () -> list(actor, key, model));
    }
}
