package dev.tandem.portfolio.web;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the project sidebar and the command bar need on every page: which of the sidebar's entries the page is, the
 * projects for the switcher and whether the reader may change the board or create items. The lists are read only when a page shows the sidebar.
 */
@ControllerAdvice(annotations = Controller.class)
class ProjectNavigation {

    private static final Pattern PROJECT_PAGE = Pattern.compile("^/projects/[^/]+(?:/([^/]+))?.*");

    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;

    ProjectNavigation(PortfolioManagement portfolio, IdentityManagement identity) {
        this.portfolio = portfolio;
        this.identity = identity;
    }

    @ModelAttribute("projectNav")
    Sidebar sidebar(HttpServletRequest request, Principal principal) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new Sidebar(section(path, request.getParameter("settings") != null), principal);
    }

    /** The sidebar entry a page belongs to, or null for pages outside a project. */
    static String section(String path, boolean boardSettings) {
        if (path.startsWith("/items/")) {
            return "items";
        }
        if (path.startsWith("/change-requests/")) {
            return "changes";
        }
        if (path.startsWith("/wiki/")) {
            return "wiki";
        }
        Matcher page = PROJECT_PAGE.matcher(path);
        if (!page.matches()) {
            return null;
        }
        String first = page.group(1);
        if (first == null) {
            return "overview";
        }
        return switch (first) {
            case "charter", "kickoff", "scorecards" -> "charter";
            case "tech-debt" -> "debt";
            case "milestones", "slip" -> "gantt";
            case "review-board" -> "reviewBoard";
            case "deliveries" -> "integrations";
            case "board" -> boardSettings ? "boardSettings" : "board";
            default -> first;
        };
    }

    final class Sidebar {

        private final String section;
        private final Principal principal;
        private List<ProjectSummary> projects;
        // read once per page however many entries ask
        private Optional<Actor> actor;
        private final Map<String, ProjectRef> access = new HashMap<>();

        Sidebar(String section, Principal principal) {
            this.section = section;
            this.principal = principal;
        }

        public String section() {
            return section;
        }

        /** The projects the reader may open, for the switcher. */
        public List<ProjectSummary> projects() {
            if (projects == null) {
                Actor actor = actor();
                projects = actor == null ? List.of() : portfolio.visibleProjects(actor);
            }
            return projects;
        }

        public boolean mayConfigureBoard(String projectKey) {
            return may(projectKey, Permission.MANAGE_BOARD);
        }

        /** For the settings entry of the project's webhooks. */
        public boolean mayManageIntegrations(String projectKey) {
            return may(projectKey, Permission.MANAGE_INTEGRATIONS);
        }

        /** For the command bar's "create a work item". */
        public boolean mayCreateItems(String projectKey) {
            return may(projectKey, Permission.EDIT_ITEMS);
        }

        private boolean may(String projectKey, Permission permission) {
            Actor actor = actor();
            return actor != null && access.computeIfAbsent(projectKey,
                    key -> portfolio.access(actor, key, Permission.VIEW_PROJECT)).may(permission);
        }

        private Actor actor() {
            if (actor == null) {
                actor = principal == null ? Optional.empty() : identity.findByUsername(principal.getName())
                        .map(p -> new Actor(p.id(), p.username(), p.orgRole()));
            }
            return actor.orElse(null);
        }
    }
}
