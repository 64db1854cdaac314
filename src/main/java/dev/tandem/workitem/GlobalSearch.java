package dev.tandem.workitem;

import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.internal.WorkItems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * Finds projects, work items (by key or title) and people across the projects the reader may open, for the command
 * bar and the search page. People are those who share one of those projects with the reader; a person's hit leads
 * to their items in the first such project.
 */
@Service
@Transactional(readOnly = true)
public class GlobalSearch {

    public static final int MAX_QUERY_LENGTH = 100;
    public static final int MAX_RESULTS = 20;
    private static final int MAX_PROJECTS = 5;
    private static final int MAX_PEOPLE = 5;

    private final WorkItems items;
    private final PortfolioManagement portfolio;

    GlobalSearch(WorkItems items, PortfolioManagement portfolio) {
        this.items = items;
        this.portfolio = portfolio;
    }

    /** At most {@link #MAX_RESULTS} hits: matching projects first, then people, then items. */
    public List<SearchResult> search(Actor actor, String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("q", Text.of("problem.workitem.queryLength", MAX_QUERY_LENGTH));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<ProjectSummary> visible = portfolio.visibleProjects(actor);
        List<SearchResult> results = new ArrayList<>();
        visible.stream()
                .filter(p -> contains(p.key(), lower) || contains(p.name(), lower))
                .limit(MAX_PROJECTS)
                .forEach(p -> results.add(new SearchResult(SearchResult.Kind.PROJECT, p.key(), p.name(), null,
                        "/projects/" + p.key())));
        people(visible, lower).values().stream().limit(MAX_PEOPLE).forEach(results::add);
        if (!visible.isEmpty()) {
            Map<Long, ProjectSummary> byId = visible.stream()
                    .collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
            String like = "%" + lower.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            items.findMatching(byId.keySet(), like, PageRequest.of(0, MAX_RESULTS - results.size()))
                    .forEach(i -> results.add(new SearchResult(SearchResult.Kind.ITEM, i.key(), i.title(),
                            byId.get(i.projectId()).key(), "/items/" + i.key())));
        }
        return results;
    }

    private Map<String, SearchResult> people(List<ProjectSummary> visible, String lower) {
        Map<String, SearchResult> people = new LinkedHashMap<>();
        Map<Long, List<MemberSummary>> members = portfolio.membersOf(visible.stream().map(ProjectSummary::id).toList());
        for (ProjectSummary project : visible) {
            for (MemberSummary m : members.getOrDefault(project.id(), List.of())) {
                if (!people.containsKey(m.username())
                        && (contains(m.username(), lower) || contains(m.displayName(), lower))) {
                    people.put(m.username(), new SearchResult(SearchResult.Kind.PERSON, m.username(),
                            m.displayName(), project.key(), "/projects/" + project.key() + "/items?assignee="
                            + UriUtils.encodeQueryParam(m.username(), StandardCharsets.UTF_8)));
                }
            }
        }
        return people;
    }

    private static boolean contains(String value, String lower) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lower);
    }
}
