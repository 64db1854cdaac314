package dev.tandem.sprint.web;

import dev.tandem.system.FormProblem;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.sprint.BacklogItem;
import dev.tandem.sprint.PersonCapacity;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.sprint.SprintState;
import dev.tandem.sprint.SprintView;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The backlog page: the active sprint, each planned sprint and then the backlog, each a ranked list. Rows are dragged
 * within a section to rank them and between sections to move them into or out of a sprint (by backlog.js through
 * {@link BacklogMoves}); without the script the bulk bar's form posts here.
 */
@Controller
@RequestMapping("/projects/{key}/backlog")
class BacklogPage {

    private final PortfolioManagement portfolio;
    private final SprintManagement sprints;

    BacklogPage(PortfolioManagement portfolio, SprintManagement sprints) {
        this.portfolio = portfolio;
        this.sprints = sprints;
    }

    /** A section of the page: a sprint with its capacity in hours, or the backlog when {@code sprint} is null. */
    record Section(SprintView sprint, List<BacklogItem> items, BigDecimal capacityHours) {

        public String target() {
            return sprint == null ? "backlog" : Long.toString(sprint.id());
        }

        public BigDecimal points() {
            return sprint != null ? sprint.points() : items.stream().map(BacklogItem::storyPoints)
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    @GetMapping
    String backlog(Actor actor, @PathVariable String key, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        List<SprintView> open = sprints.sprints(actor, key).stream()
                .filter(s -> s.state() != SprintState.COMPLETED).toList();
        List<Section> sections = new ArrayList<>();
        for (SprintView sprint : open) {
            BigDecimal capacity = sprints.capacity(actor, key, sprint.id()).stream().map(PersonCapacity::capacityHours)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            sections.add(new Section(sprint, sprint.items(), capacity));
        }
        sections.add(new Section(null, sprints.backlog(actor, key), null));
        model.addAttribute("project", project);
        model.addAttribute("sections", sections);
        model.addAttribute("openSprints", open);
        model.addAttribute("mayRank", project.may(Permission.EDIT_ITEMS));
        model.addAttribute("mayPlan", project.may(Permission.MANAGE_SPRINTS));
        return "backlog/backlog";
    }

    /**
     * Moves the chosen items into a sprint, or to the backlog when {@code sprintId} is empty, all or nothing. Each
     * item comes as "KEY:VERSION", the version the page showed.
     */
    @PostMapping("/move")
    String move(Actor actor, @PathVariable String key, @RequestParam(required = false) List<String> items,
                @RequestParam(required = false) String sprintId, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            Map<String, Long> versions = versions(items);
            sprints.moveItems(actor, key, BacklogMoves.sprintId(sprintId), versions);
            redirect.addFlashAttribute("moved", versions.size());
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, null);
            return backlog(actor, key, model);
        }
        return "redirect:/projects/" + key + "/backlog";
    }

    private static Map<String, Long> versions(List<String> items) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String item : items == null ? List.<String>of() : items) {
            int colon = item.lastIndexOf(':');
            try {
                versions.put(item.substring(0, Math.max(colon, 0)).strip(), Long.valueOf(item.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("items", Text.of("problem.sprint.keyAndVersion", item));
            }
        }
        return versions;
    }
}
