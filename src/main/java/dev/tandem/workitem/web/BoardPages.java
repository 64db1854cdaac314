package dev.tandem.workitem.web;

import dev.tandem.system.FormProblem;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemDevelopment;
import dev.tandem.workitem.internal.BoardManagement;
import dev.tandem.workitem.internal.BoardView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The engineering track's board page: columns, swimlanes and quick filters, the fragment the page reloads when
 * anyone changes the project, and the WIP settings form for those who manage the board.
 */
@Controller
@RequestMapping("/projects/{key}/board")
class BoardPages {

    private final PortfolioManagement portfolio;
    private final BoardManagement boards;
    private final List<ItemDevelopment> development;

    BoardPages(PortfolioManagement portfolio, BoardManagement boards, List<ItemDevelopment> development) {
        this.portfolio = portfolio;
        this.boards = boards;
        this.development = development;
    }

    /**
     * The page. Each cell shows its first cards; {@code showLane}, {@code showStatus} and {@code showCount} (parallel
     * lists) ask for more of some cells, {@code all} for every card (see {@link BoardLayout.Shown}).
     */
    @GetMapping
    String board(Actor actor, @PathVariable String key, @RequestParam(required = false) String lanes,
                 @RequestParam(required = false) String settings,
                 @RequestParam(required = false) List<String> showLane,
                 @RequestParam(required = false) List<String> showStatus,
                 @RequestParam(required = false) List<String> showCount,
                 @RequestParam(defaultValue = "false") boolean all, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        if (settings != null) {
            model.addAttribute("settingsOpen", true);
        }
        return page(actor, project, boards.board(actor, key), lanes,
                BoardLayout.Shown.of(showLane, showStatus, showCount, all), model);
    }

    /** Only the board itself, for the page to swap in place after a change or to show more of a cell. */
    @GetMapping("/cards")
    String cards(Actor actor, @PathVariable String key, @RequestParam(required = false) String lanes,
                 @RequestParam(required = false) List<String> showLane,
                 @RequestParam(required = false) List<String> showStatus,
                 @RequestParam(required = false) List<String> showCount,
                 @RequestParam(defaultValue = "false") boolean all, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        fill(actor, project, boards.board(actor, key), lanes,
                BoardLayout.Shown.of(showLane, showStatus, showCount, all), model);
        return "board/board :: board";
    }

    /**
     * Saves the WIP limits: the form sends each column's name as {@code status} and its limit (blank: none) as
     * {@code limit}, in column order, so that names with any characters survive.
     */
    @PostMapping("/settings")
    String configure(Actor actor, @PathVariable String key, @RequestParam MultiValueMap<String, String> form,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<String> statuses = form.getOrDefault("status", List.of());
        List<String> limits = form.getOrDefault("limit", List.of());
        String lanes = BoardLayout.lanesBy(form.getFirst("lanes"));
        BoardView saved;
        try {
            if (statuses.size() != limits.size()) {
                throw new InvalidInputException("wipLimits", Text.of("problem.workitem.oneLimitPerColumn"));
            }
            Map<String, Integer> wipLimits = new LinkedHashMap<>();
            for (int i = 0; i < statuses.size(); i++) {
                wipLimits.put(statuses.get(i), limit(statuses.get(i), limits.get(i)));
            }
            saved = boards.configure(actor, key, "true".equals(form.getFirst("wipHardLimit")), wipLimits,
                    version(form.getFirst("version")));
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "settings");
            ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
            model.addAttribute("settingsOpen", true);
            return page(actor, project, boards.board(actor, key), lanes, BoardLayout.Shown.FIRST, model);
        }
        redirect.addFlashAttribute("notice", "board.settings.saved");
        return "redirect:/projects/" + saved.project() + "/board" + ("none".equals(lanes) ? "" : "?lanes=" + lanes);
    }

    private String page(Actor actor, ProjectRef project, BoardView board, String lanes, BoardLayout.Shown shown,
                        Model model) {
        fill(actor, project, board, lanes, shown, model);
        model.addAttribute("mayConfigure", project.may(Permission.MANAGE_BOARD));
        model.addAttribute("laneKinds", BoardLayout.LANE_KINDS);
        return "board/board";
    }

    private void fill(Actor actor, ProjectRef project, BoardView board, String lanes, BoardLayout.Shown shown,
                      Model model) {
        Map<String, String> marks = new java.util.HashMap<>();
        development.forEach(d -> marks.putAll(d.marksOf(actor, project.key())));
        model.addAttribute("devMarks", marks);
        model.addAttribute("project", project);
        model.addAttribute("board", board);
        model.addAttribute("layout", BoardLayout.of(board, lanes, shown));
        model.addAttribute("me", actor.username());
        model.addAttribute("mayMove", project.may(Permission.EDIT_ITEMS));
    }

    private static Integer limit(String status, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("wipLimits", Text.of("problem.workitem.limitWholeNumber", status));
        }
    }

    private static Long version(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", Text.of("problem.workitem.notANumber"));
        }
    }
}
