package dev.tandem.portfolio.web;

import dev.tandem.system.FormProblem;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The projects a person may see, and opening a new one (admins and the PMO). */
@Controller
class ProjectPages {

    private final PortfolioManagement portfolio;

    ProjectPages(PortfolioManagement portfolio) {
        this.portfolio = portfolio;
    }

    record ProjectForm(String key, String name, String description, String portfolio, String startDate) {

        static ProjectForm empty() {
            return new ProjectForm("", "", "", "", "");
        }
    }

    @GetMapping("/")
    String projects(Actor actor, Model model) {
        model.addAttribute("projects", portfolio.visibleProjects(actor));
        model.addAttribute("mayCreate", actor.oversees());
        // an administrator may change a project without being its member; only the PMO reads it read-only
        model.addAttribute("admin", actor.isAdmin());
        return "projects/list";
    }

    @GetMapping("/projects/new")
    String newProject(Actor actor, Model model) {
        return form(model, ProjectForm.empty());
    }

    @PostMapping("/projects")
    String create(Actor actor, @ModelAttribute ProjectForm form, Model model, HttpServletResponse response) {
        try {
            ProjectSummary project = portfolio.createProject(actor, form.key() == null ? null : form.key().strip(),
                    form.name(), form.description(), form.portfolio(), date(form.startDate()));
            return "redirect:/projects/" + project.key();
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
        }
        return form(model, form);
    }

    private String form(Model model, ProjectForm form) {
        model.addAttribute("form", form);
        model.addAttribute("portfolios", portfolio.portfolioNames());
        return "projects/new";
    }

    private LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("startDate", Text.of("problem.date", value));
        }
    }
}
