package dev.tandem.portfolio.web;

import dev.tandem.system.FormProblem;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's members and their roles; PMs and admins add, re-role and remove people. */
@Controller
@RequestMapping("/projects/{key}/members")
class MemberPages {

    private final PortfolioManagement portfolio;

    MemberPages(PortfolioManagement portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping
    String members(Actor actor, @PathVariable String key, Model model) {
        return page(actor, key, model);
    }

    @PostMapping
    String add(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String username,
               @RequestParam(defaultValue = "") String role, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        return attempt(actor, key, model, response, redirect,
                () -> portfolio.addMember(actor, key, username, role(role)), "notice.member.added");
    }

    @PostMapping("/{username}/role")
    String changeRole(Actor actor, @PathVariable String key, @PathVariable String username,
                      @RequestParam(defaultValue = "") String role, @RequestParam(required = false) Long version,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(actor, key, model, response, redirect,
                () -> portfolio.changeRole(actor, key, username, role(role), version), "notice.member.changed");
    }

    @PostMapping("/{username}/remove")
    String remove(Actor actor, @PathVariable String key, @PathVariable String username, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(actor, key, model, response, redirect,
                () -> portfolio.removeMember(actor, key, username), "notice.member.removed");
    }

    private String attempt(Actor actor, String key, Model model, HttpServletResponse response,
                           RedirectAttributes redirect, Runnable change, String notice) {
        try {
            change.run();
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
            return page(actor, key, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/projects/" + key + "/members";
    }

    private String page(Actor actor, String key, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        List<MemberSummary> members = portfolio.members(actor, key);
        model.addAttribute("project", project);
        model.addAttribute("members", members);
        model.addAttribute("roles", ProjectRole.values());
        model.addAttribute("mayManage", project.may(Permission.MANAGE_MEMBERS));
        return "projects/members";
    }

    private static ProjectRole role(String value) {
        for (ProjectRole role : ProjectRole.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }
}
