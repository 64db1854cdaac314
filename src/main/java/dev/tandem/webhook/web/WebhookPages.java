package dev.tandem.webhook.web;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.system.FormProblem;
import dev.tandem.webhook.SubscriptionFields;
import dev.tandem.webhook.SubscriptionView;
import dev.tandem.webhook.SubscriptionWithSecret;
import dev.tandem.webhook.WebhookEventType;
import dev.tandem.webhook.WebhookManagement;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The project's webhooks (add one with its event types; the secret is shown on the page that follows, once) and one
 * webhook's page: change it, give it a new secret, remove it, its latest deliveries with a redeliver button each, and
 * one delivery's attempts. Refusals come back next to the form with the reason (400, or 409 for a stale version).
 */
@Controller
@RequestMapping("/projects/{key}/webhooks")
class WebhookPages {

    private static final int SHOWN_DELIVERIES = 50;

    private final WebhookManagement webhooks;
    private final PortfolioManagement portfolio;

    WebhookPages(WebhookManagement webhooks, PortfolioManagement portfolio) {
        this.webhooks = webhooks;
        this.portfolio = portfolio;
    }

    @GetMapping
    String list(Actor actor, @PathVariable String key, Model model) {
        return listPage(actor, key, model);
    }

    @PostMapping
    String subscribe(Actor actor, @PathVariable String key, @RequestParam(required = false) String url,
                     @RequestParam(required = false) String description,
                     @RequestParam(required = false) List<String> events, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        try {
            SubscriptionWithSecret created = webhooks.subscribe(actor, key, new SubscriptionFields(url, description,
                    events == null ? List.of() : events, true));
            redirect.addFlashAttribute("secret", created.secret());
            redirect.addFlashAttribute("notice", "notice.webhook.created");
            return "redirect:/projects/" + key + "/webhooks/" + created.subscription().id();
        } catch (InvalidInputException e) {
            FormProblem.show(e, model, response, "add");
            model.addAttribute("entered", new Entered(url, description, events == null ? List.of() : events));
            return listPage(actor, key, model);
        }
    }

    @GetMapping("/{id}")
    String webhook(Actor actor, @PathVariable String key, @PathVariable long id,
                   @RequestParam(required = false) UUID delivery, Model model) {
        return webhookPage(actor, key, id, delivery, model);
    }

    /** An unticked "active" sends nothing, which means paused; every event box unticked is refused by the facade. */
    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable String key, @PathVariable long id, @RequestParam(required = false) String url,
                  @RequestParam(required = false) String description,
                  @RequestParam(required = false) List<String> events, @RequestParam(required = false) String active,
                  @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return FormProblem.attempt(() -> webhooks.update(actor, key, id, new SubscriptionFields(url,
                        description == null ? "" : description, events == null ? List.of() : events, active != null),
                        version), "notice.webhook.saved", "/projects/" + key + "/webhooks/" + id, model, response, redirect,
                () -> webhookPage(actor, key, id, null, model));
    }

    @PostMapping("/{id}/secret")
    String rotate(Actor actor, @PathVariable String key, @PathVariable long id,
                  @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("secret", webhooks.rotateSecret(actor, key, id, version).secret());
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
            return webhookPage(actor, key, id, null, model);
        }
        redirect.addFlashAttribute("notice", "notice.webhook.rotated");
        return "redirect:/projects/" + key + "/webhooks/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(Actor actor, @PathVariable String key, @PathVariable long id,
                  @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return FormProblem.attempt(() -> webhooks.delete(actor, key, id, version), "notice.webhook.deleted",
                "/projects/" + key + "/webhooks", model, response, redirect,
                () -> webhookPage(actor, key, id, null, model));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable UUID deliveryId,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> webhooks.redeliver(actor, key, id, deliveryId), "notice.webhook.redelivered",
                "/projects/" + key + "/webhooks/" + id + "?delivery=" + deliveryId, model, response, redirect,
                () -> webhookPage(actor, key, id, deliveryId, model));
    }

    /** What was typed into the add form, shown again next to its refusal. */
    record Entered(String url, String description, List<String> events) {
    }

    private String listPage(Actor actor, String key, Model model) {
        List<SubscriptionView> subscriptions = webhooks.subscriptions(actor, key);
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("webhooks", subscriptions);
        model.addAttribute("eventTypes", codes());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", new Entered("", "", List.of()));
        }
        return "webhook/list";
    }

    private String webhookPage(Actor actor, String key, long id, UUID delivery, Model model) {
        model.addAttribute("webhook", webhooks.subscription(actor, key, id));
        model.addAttribute("project", portfolio.project(actor, key));
        model.addAttribute("eventTypes", codes());
        model.addAttribute("deliveries", webhooks.deliveries(actor, key, id, SHOWN_DELIVERIES));
        model.addAttribute("delivery", delivery == null ? null : webhooks.delivery(actor, key, id, delivery));
        return "webhook/webhook";
    }

    private static List<String> codes() {
        return Arrays.stream(WebhookEventType.values()).map(WebhookEventType::code).toList();
    }
}
