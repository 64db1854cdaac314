package dev.tandem.notification.web;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.notification.Inbox;
import dev.tandem.notification.Notice;
import dev.tandem.shared.Actor;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The inbox page; opening a notice marks it read and goes where it points, or it is marked read in place. */
@Controller
class InboxPages {

    private final Inbox inbox;

    InboxPages(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(Actor actor, Locale locale, Model model) {
        model.addAttribute("notices", inbox.notices(actor, locale));
        return "notification/inbox";
    }

    @PostMapping("/inbox/{id}")
    String open(Actor actor, @PathVariable long id) {
        String link = inbox.notices(actor, Locale.ENGLISH).stream().filter(n -> n.id() == id).map(Notice::link).findFirst()
                .orElse("/inbox");
        inbox.markRead(actor, id);
        return "redirect:" + link;
    }

    @PostMapping("/inbox/{id}/read")
    String markRead(Actor actor, @PathVariable long id) {
        inbox.markRead(actor, id);
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/read")
    String markAllRead(Actor actor) {
        inbox.markAllRead(actor);
        return "redirect:/inbox";
    }

    /** Puts the unread count into every page's header. */
    @ControllerAdvice(annotations = Controller.class)
    static class UnreadCount {

        private final Inbox inbox;
        private final IdentityManagement identity;

        UnreadCount(Inbox inbox, IdentityManagement identity) {
            this.inbox = inbox;
            this.identity = identity;
        }

        @ModelAttribute("inboxUnread")
        int unread(Principal principal) {
            if (principal == null) {
                return 0;
            }
            return identity.findByUsername(principal.getName())
                    .map(p -> inbox.unread(new Actor(p.id(), p.username(), p.orgRole()))).orElse(0);
        }
    }
}
