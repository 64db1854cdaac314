package dev.tandem.identity.web;

import dev.tandem.system.FormProblem;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list people, add them and change their profile, organisation role and activity. */
@Controller
@RequestMapping("/people")
class PeoplePages {

    private final IdentityManagement identity;

    PeoplePages(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping
    String people(Actor actor, Model model) {
        return list(actor, PersonForm.blank(), model);
    }

    @PostMapping
    String create(Actor actor, @ModelAttribute PersonForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            identity.create(actor, form.adminDraft());
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
            return list(actor, form, model);
        }
        redirect.addFlashAttribute("notice", "notice.person.created");
        return "redirect:/people";
    }

    @GetMapping("/{username}")
    String person(Actor actor, @PathVariable String username, Model model) {
        requireAdmin(actor);
        return edit(actor, identity.get(username), PersonForm.of(identity.get(username)), model);
    }

    @PostMapping("/{username}")
    String update(Actor actor, @PathVariable String username, @ModelAttribute PersonForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        requireAdmin(actor);
        PersonSummary person = identity.get(username);
        try {
            identity.update(actor, username, form.adminDraft(), form.version());
            // A null role in an edit keeps the role, so taking it away is a call of its own.
            if (form.clearsOrgRole() && person.orgRole() != null) {
                identity.clearOrgRole(actor, username);
            }
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
            return edit(actor, person, form, model);
        }
        redirect.addFlashAttribute("notice", "notice.person.saved");
        return "redirect:/people/" + username;
    }

    private String list(Actor actor, PersonForm form, Model model) {
        requireAdmin(actor);
        model.addAttribute("people", identity.list());
        model.addAttribute("form", form);
        return "people/list";
    }

    private String edit(Actor actor, PersonSummary person, PersonForm form, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("self", person.id() == actor.personId());
        return "people/edit";
    }

    /** Reading the list is an admin's business too; the facade guards only the changes. */
    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException(Text.of("problem.identity.adminManagesPeople"));
        }
    }
}
