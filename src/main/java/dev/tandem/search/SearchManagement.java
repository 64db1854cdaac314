package dev.tandem.search;

import static dev.tandem.shared.SearchFields.AT;
import static dev.tandem.shared.SearchFields.BODY;
import static dev.tandem.shared.SearchFields.BODY_ZH;
import static dev.tandem.shared.SearchFields.PROJECT_ID;
import static dev.tandem.shared.SearchFields.REF;
import static dev.tandem.shared.SearchFields.TITLE;
import static dev.tandem.shared.SearchFields.TITLE_ZH;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the full-text index for the reader and rebuilds it. The filter to the projects the reader may open is part
 * of the query itself, so a hit from another project is never fetched, ranked or counted.
 */
@Service
public class SearchManagement {

    public static final int PAGE_SIZE = 20;
    private static final Logger log = LoggerFactory.getLogger(SearchManagement.class);

    private final EntityManager entityManager;
    private final PortfolioManagement portfolio;

    SearchManagement(EntityManager entityManager, PortfolioManagement portfolio) {
        this.entityManager = entityManager;
        this.portfolio = portfolio;
    }

    /** {@code zone} is the reader's, for the days of {@code from} and {@code to}. */
    @Transactional(readOnly = true)
    public SearchResults search(Actor actor, SearchQuery query, ZoneId zone) {
        Map<Long, String> readable = portfolio.visibleProjects(actor).stream()
                .collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::key));
        List<Long> projects = new ArrayList<>(readable.keySet());
        if (query.projectKey() != null) {
            // an unreadable project is answered like a missing one, so the filter says nothing about it
            Long id = readable.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(query.projectKey()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new NotFoundException(Text.of("problem.search.noProject", query.projectKey())));
            projects = List.of(id);
        }
        SearchSession session = Search.session(entityManager);
        List<String> entities = query.kinds().stream().map(SearchKind::entity).sorted().toList();
        boolean wholeOrganisation = query.projectKey() == null;
        List<Long> scope = projects;
        SearchResult<List<?>> result = session.search(session.scope(Object.class, entities))
                .select(f -> f.composite(f.entityReference(), f.field(REF, String.class), f.field(TITLE, String.class),
                        f.field(PROJECT_ID, Long.class), f.field(AT, Instant.class), f.highlight(BODY),
                        f.highlight(BODY_ZH)))
                .where(f -> f.bool()
                        .must(f.simpleQueryString()
                                .field(TITLE).boost(2f).field(TITLE_ZH).boost(2f).fields(BODY, BODY_ZH, REF)
                                .matching(query.text()).defaultOperator(BooleanOperator.AND))
                        .filter(visible(f, scope, wholeOrganisation))
                        .filter(query.from() == null ? f.matchAll().toPredicate()
                                : f.range().field(AT).atLeast(query.from().atStartOfDay(zone).toInstant()).toPredicate())
                        .filter(query.to() == null ? f.matchAll().toPredicate()
                                : f.range().field(AT).lessThan(query.to().plusDays(1).atStartOfDay(zone).toInstant())
                                .toPredicate()))
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1))
                .fetch((query.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        List<SearchHit> hits = result.hits().stream().map(row -> hit(row, readable)).toList();
        return new SearchResults(hits, result.total().hitCount(), query.page(), PAGE_SIZE);
    }

    /** Rebuilds the whole index from the database; only administrators may ask for it. */
    public void reindex(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException(Text.of("problem.search.adminOnly"));
        }
        rebuild();
    }

    /** Rebuilds the whole index from the database: at start when there is none, and by ./tandem reindex. */
    public void rebuild() {
        long started = System.nanoTime();
        try {
            Search.session(entityManager.getEntityManagerFactory().createEntityManager()).massIndexer()
                    .threadsToLoadObjects(1).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuilding the search index was interrupted", e);
        }
        log.info("Search index rebuilt from the database in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static SearchPredicate visible(SearchPredicateFactory f, List<Long> projects, boolean wholeOrganisation) {
        var inProjects = projects.isEmpty() ? f.matchNone() : f.terms().field(PROJECT_ID).matchingAny(projects);
        if (!wholeOrganisation) {
            return inProjects.toPredicate();
        }
        // records of no project (organisation-wide) are open to everyone signed in
        return f.or(inProjects, f.not(f.exists().field(PROJECT_ID))).toPredicate();
    }

    private static SearchHit hit(List<?> row, Map<Long, String> readable) {
        EntityReference reference = (EntityReference) row.get(0);
        SearchKind kind = SearchKind.ofEntity(reference.name());
        String ref = (String) row.get(1);
        Long projectId = (Long) row.get(3);
        String snippet = first((List<?>) row.get(6), (List<?>) row.get(5));
        String projectKey = projectId == null ? null : readable.get(projectId);
        String url = switch (kind) {
            case ITEM -> "/items/" + ref;
            case COMMENT -> "/items/" + ref + "#comment-" + reference.id();
            case PAGE -> "/wiki/pages/" + reference.id();
            case ADR -> "/projects/" + projectKey + "/wiki/adrs/" + ref.substring("ADR-".length());
            case MINUTES -> "/projects/" + projectKey + "/meetings/" + ref;
            case DECISION -> "/projects/" + projectKey + "/meetings/" + ref + "#decision-" + reference.id();
            case ACTION_ITEM -> "/projects/" + projectKey + "/meetings/" + ref + "#action-" + reference.id();
        };
        return new SearchHit(kind, ref, (String) row.get(2), projectKey, snippet, (Instant) row.get(4), url);
    }

    // the Chinese field marks words a Chinese reader typed, the English one stems; either says where the match is
    private static String first(List<?> chinese, List<?> english) {
        Function<List<?>, String> firstMarked = list -> list.stream().map(String.class::cast)
                .filter(s -> s.contains("<mark>")).findFirst().orElse(null);
        String zh = firstMarked.apply(chinese);
        return zh != null ? zh : firstMarked.apply(english);
    }
}
