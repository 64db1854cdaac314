package dev.tandem.identity.web;

import dev.tandem.system.FormProblem;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.IssuedToken;
import dev.tandem.identity.PasswordCheck;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/** One's own profile, password and personal access tokens. */
@Controller
@RequestMapping("/account")
class AccountPages {

    private final IdentityManagement identity;

    AccountPages(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping
    String account(Actor actor, Model model) {
        return page(actor, null, model);
    }

    @PostMapping
    String updateProfile(Actor actor, @ModelAttribute PersonForm form, Model model, HttpServletRequest request,
                         HttpServletResponse response, RedirectAttributes redirect) {
        PersonSummary saved;
        try {
            saved = identity.update(actor, actor.username(), form.profileDraft(), form.version());
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "profile");
            return page(actor, form, model);
        }
        WebUtils.setSessionAttribute(request, SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                Locale.forLanguageTag(saved.locale()));
        redirect.addFlashAttribute("notice", "notice.account.saved");
        return "redirect:/account";
    }

    @PostMapping("/password")
    String changePassword(Actor actor, @RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String confirmation, Model model, HttpServletRequest request,
                          HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!password.equals(confirmation)) {
                throw new InvalidInputException("confirmation", Text.of("problem.passwordMismatch"));
            }
            PasswordCheck check = identity.changeOwnPassword(actor, currentPassword, password, request.getRemoteAddr());
            if (check != PasswordCheck.CONFIRMED) {
                throw new InvalidInputException("currentPassword", check == PasswordCheck.THROTTLED
                        ? Text.of("problem.signInThrottled") : Text.of("problem.passwordWrong"));
            }
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "password");
            return page(actor, null, model);
        }
        redirect.addFlashAttribute("notice", "notice.password.changed");
        return "redirect:/account";
    }

    /** A chosen zone is kept for the session too; a blank one hands times back to the browser's zone. */
    @PostMapping("/time-zone")
    String changeTimeZone(Actor actor, @RequestParam(defaultValue = "") String timeZone, Model model,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<ZoneId> chosen;
        try {
            chosen = identity.changeTimeZone(actor, timeZone);
        } catch (InvalidInputException e) {
            FormProblem.show(new InvalidInputException("timeZone", Text.of("problem.timeZone", timeZone)), model,
                    response, "timeZone");
            return page(actor, null, model);
        }
        WebUtils.setSessionAttribute(request, SessionLocaleResolver.TIME_ZONE_SESSION_ATTRIBUTE_NAME,
                chosen.map(TimeZone::getTimeZone).orElse(null));
        redirect.addFlashAttribute("notice", "notice.account.timeZone");
        return "redirect:/account";
    }

    /**
     * Asks for the password, as the API does, so that a session alone cannot create a long-lived secret. The
     * secret is rendered in this response only, never kept for a later request.
     */
    @PostMapping("/tokens")
    String issueToken(Actor actor, @RequestParam(defaultValue = "") String name,
                      @RequestParam(defaultValue = "30") String expiresInDays,
                      @RequestParam(defaultValue = "") String password, Model model, HttpServletRequest request,
                      HttpServletResponse response) {
        try {
            int days = days(expiresInDays);
            if (password.isEmpty()) {
                throw new InvalidInputException("password", Text.of("problem.passwordNeeded"));
            }
            PasswordCheck check = identity.confirmPassword(actor, password, request.getRemoteAddr());
            if (check != PasswordCheck.CONFIRMED) {
                throw new InvalidInputException("password", check == PasswordCheck.THROTTLED
                        ? Text.of("problem.signInThrottled") : Text.of("problem.passwordWrong"));
            }
            IssuedToken token = identity.issueToken(actor, name, days);
            model.addAttribute("issuedToken", token);
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "tokens");
        }
        return page(actor, null, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        identity.revokeToken(actor, id);
        redirect.addFlashAttribute("notice", "notice.token.revoked");
        return "redirect:/account";
    }

    private String page(Actor actor, PersonForm submitted, Model model) {
        PersonSummary me = identity.get(actor.username());
        model.addAttribute("me", me);
        model.addAttribute("form", submitted != null ? submitted : PersonForm.of(me));
        model.addAttribute("tokens", identity.tokens(actor));
        model.addAttribute("now", Instant.now());
        model.addAttribute("chosenZone", identity.timeZone(actor).map(ZoneId::getId).orElse(""));
        model.addAttribute("zones", ZONES);
        return "account/account";
    }

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private static int days(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("expiresInDays", Text.of("problem.wholeNumber", value));
        }
    }
}
