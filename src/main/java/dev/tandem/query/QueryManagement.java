package dev.tandem.query;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.query.engine.QueryCompiler;
import dev.tandem.query.engine.QueryField;
import dev.tandem.query.engine.Suggester;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemCondition;
import dev.tandem.workitem.ItemPage;
import dev.tandem.workitem.QueryVocabulary;
import dev.tandem.workitem.WorkItemQueries;
import dev.tandem.workitem.WorkItemQueries.MatchedItem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import dev.tandem.query.internal.SavedFilter;
import dev.tandem.query.internal.SavedFilters;

/**
 * Runs item queries for a reader, keeps their saved filters and subscriptions, and completes half-written queries.
 * Results only ever come from the projects the reader can see: {@link WorkItemQueries} restricts every query to them.
 */
@Service
@Transactional
public class QueryManagement {

    static final int MAX_NAME = 120;
    static final int MAX_FILTERS_PER_PERSON = 100;
    /** A subscription announces at most this many items of one check; the notice says how many there were. */
    static final int MAX_ANNOUNCED = 200;
    private static final Logger log = LoggerFactory.getLogger(QueryManagement.class);

    private final SavedFilters filters;
    private final WorkItemQueries items;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final ScheduleManagement schedule;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate perSubscription;
    private final Clock clock;

    QueryManagement(SavedFilters filters, WorkItemQueries items, PortfolioManagement portfolio,
                    IdentityManagement identity, ScheduleManagement schedule, JdbcTemplate jdbc,
                    ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.filters = filters;
        this.items = items;
        this.portfolio = portfolio;
        this.identity = identity;
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.events = events;
        this.perSubscription = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** One page of the items matching {@code query} in the projects the actor can see; dates in {@code zone}. */
    @Transactional(readOnly = true)
    public ItemPage run(Actor actor, String query, int page, int size, ZoneId zone) {
        QueryCompiler.Compiled compiled = compile(actor, query == null ? "" : query, zone);
        return items.find(actor, compiled.where(), compiled.order(), page, size);
    }

    /** The query of a saved filter the actor may read, run like {@link #run}. */
    @Transactional(readOnly = true)
    public ItemPage runFilter(Actor actor, long filterId, int page, int size, ZoneId zone) {
        return run(actor, readable(actor, filterId).query(), page, size, zone);
    }

    /** Proposals for the caret position of a half-written query, from the names of the actor's projects. */
    @Transactional(readOnly = true)
    public List<Suggester.Suggestion> suggest(Actor actor, String query, int caret) {
        if (query.length() > QueryCompiler.MAX_LENGTH) {
            throw new InvalidInputException("q", Text.of("problem.input.tooLong", QueryCompiler.MAX_LENGTH));
        }
        QueryVocabulary names = items.vocabulary(actor);
        List<Long> projects = portfolio.visibleProjects(actor).stream().map(ProjectSummary::id).toList();
        List<String> people = portfolio.membersOf(projects).values().stream().flatMap(List::stream)
                .map(MemberSummary::username).distinct().sorted().limit(500).toList();
        return new Suggester().suggest(query, caret,
                new Suggester.Vocabulary(names.statuses(), names.sprints(), names.labels(), people));
    }

    QueryCompiler.Compiled compile(Actor actor, String query, ZoneId zone) {
        return new QueryCompiler(new ReaderNames(actor), ZonedDateTime.now(clock.withZone(zone))).compile(query);
    }

    /** The filters the actor owns and those shared with projects they can see, by name. */
    @Transactional(readOnly = true)
    public List<FilterView> filters(Actor actor) {
        Map<Long, String> projects = visibleProjects(actor);
        List<SavedFilter> found = filters.visibleTo(actor.personId(), projects.isEmpty() ? List.of(-1L) : projects.keySet());
        return views(actor, found, projects);
    }

    @Transactional(readOnly = true)
    public FilterView filter(Actor actor, long id) {
        return views(actor, List.of(readable(actor, id)), visibleProjects(actor)).getFirst();
    }

    /** Saves a new filter; its query must compile, and sharing it with a project needs the actor to read that project. */
    public FilterView create(Actor actor, String name, String query, String projectKey, ZoneId zone) {
        if (filters.countByOwnerId(actor.personId()) >= MAX_FILTERS_PER_PERSON) {
            throw new InvalidInputException("name", Text.of("problem.query.tooManyFilters", MAX_FILTERS_PER_PERSON));
        }
        SavedFilter filter = new SavedFilter(actor.personId(), clock.instant());
        apply(actor, filter, name, query, projectKey, zone);
        filters.save(filter);
        events.publishEvent(new QueryEvent(actor.username(), "filter.created", "SavedFilter", filter.name(),
                "query: " + filter.query() + "\nshared with: " + sharedWith(filter)));
        return filter(actor, filter.id());
    }

    /**
     * Changes the actor's own filter; {@code version} is the one the change was based on. A null name, query or
     * project keeps the current one; a blank project makes the filter private.
     */
    public FilterView update(Actor actor, long id, String name, String query, String projectKey, Long version,
                             ZoneId zone) {
        SavedFilter filter = owned(actor, id);
        StaleVersionException.check(Text.of("problem.query.filter", filter.name()), version, filter.version());
        String before = "name: " + filter.name() + "\nquery: " + filter.query() + "\nshared with: " + sharedWith(filter);
        String project = projectKey != null ? projectKey : filter.projectId() == null ? null
                : portfolio.access(Actor.system(), filter.projectId(), Permission.VIEW_PROJECT).key();
        apply(actor, filter, name == null ? filter.name() : name, query == null ? filter.query() : query, project, zone);
        filters.flush();
        events.publishEvent(new QueryEvent(actor.username(), "filter.changed", "SavedFilter", filter.name(),
                before + "\n→\nname: " + filter.name() + "\nquery: " + filter.query() + "\nshared with: "
                        + sharedWith(filter)));
        return filter(actor, id);
    }

    public void delete(Actor actor, long id, Long version) {
        SavedFilter filter = owned(actor, id);
        StaleVersionException.check(Text.of("problem.query.filter", filter.name()), version, filter.version());
        filters.delete(filter);
        events.publishEvent(new QueryEvent(actor.username(), "filter.deleted", "SavedFilter", filter.name(),
                "query: " + filter.query()));
    }

    /** The actor hears of items that newly match a filter they may read, from now on. */
    public FilterView subscribe(Actor actor, long id) {
        readable(actor, id);
        jdbc.update("insert into filter_subscription (filter_id, person_id, checked_at) select ?, ?, ? "
                        + "where not exists (select 1 from filter_subscription where filter_id = ? and person_id = ?)",
                id, actor.personId(), Timestamp.from(clock.instant()), id, actor.personId());
        return filter(actor, id);
    }

    public FilterView unsubscribe(Actor actor, long id) {
        readable(actor, id);
        jdbc.update("delete from filter_subscription where filter_id = ? and person_id = ?", id, actor.personId());
        return filter(actor, id);
    }

    /**
     * Runs every subscribed filter as its subscriber and tells them of items that match and changed since the last
     * check and that they were not told of before. One transaction per subscription, so a filter that no longer
     * compiles (a status renamed) does not stop the others.
     */
    @SchedulerLock(name = "filter-subscriptions")
    @Scheduled(initialDelayString = "${tandem.query.check-delay:PT2M}",
            fixedDelayString = "${tandem.query.check-every:PT10M}")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void checkSubscriptions() {
        List<Long> subscriptions = jdbc.queryForList("select id from filter_subscription order by id", Long.class);
        for (long id : subscriptions) {
            try {
                perSubscription.executeWithoutResult(status -> check(id));
            } catch (RuntimeException e) {
                log.warn("Could not check filter subscription {}: {}", id, e.getMessage());
            }
        }
    }

    private void check(long subscriptionId) {
        var row = jdbc.queryForMap("select s.person_id, s.checked_at, s.filter_id from filter_subscription s "
                + "where s.id = ?", subscriptionId);
        long personId = ((Number) row.get("person_id")).longValue();
        long filterId = ((Number) row.get("filter_id")).longValue();
        Instant since = ((Timestamp) row.get("checked_at")).toInstant();
        Instant now = clock.instant();
        Optional<Actor> subscriber = identity.currentActor(personId, null);
        Optional<SavedFilter> filter = filters.findById(filterId);
        if (subscriber.isEmpty() || filter.isEmpty() || !mayRead(subscriber.get(), filter.get())) {
            return;
        }
        Actor actor = subscriber.get();
        ZoneId zone = identity.timeZone(actor).orElse(clock.getZone());
        ItemCondition where = new ItemCondition.And(List.of(compile(actor, filter.get().query(), zone).where(),
                new ItemCondition.Compare(ItemCondition.Field.UPDATED, ItemCondition.Op.GE, since)));
        List<MatchedItem> matched = items.matches(actor, where, MAX_ANNOUNCED);
        Set<Long> seen = matched.isEmpty() ? Set.of() : new HashSet<>(jdbc.queryForList(
                "select work_item_id from filter_seen_item where subscription_id = ?", Long.class, subscriptionId));
        List<MatchedItem> fresh = matched.stream().filter(m -> !seen.contains(m.id())).toList();
        for (MatchedItem item : fresh) {
            jdbc.update("insert into filter_seen_item (subscription_id, work_item_id) values (?, ?)", subscriptionId,
                    item.id());
        }
        jdbc.update("update filter_subscription set checked_at = ? where id = ?", Timestamp.from(now), subscriptionId);
        if (!fresh.isEmpty()) {
            events.publishEvent(new FilterMatched(personId, filterId, filter.get().name(), fresh.size(),
                    fresh.stream().map(MatchedItem::key).limit(5).toList()));
        }
    }

    private void apply(Actor actor, SavedFilter filter, String name, String query, String projectKey, ZoneId zone) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", Text.of("problem.query.requiredAtMost", MAX_NAME));
        }
        if (query == null || query.length() > QueryCompiler.MAX_LENGTH) {
            throw new InvalidInputException("query", Text.of("problem.query.requiredAtMost", QueryCompiler.MAX_LENGTH));
        }
        compile(actor, query, zone);
        Long projectId = null;
        if (projectKey != null && !projectKey.isBlank()) {
            ProjectRef project = portfolio.access(actor, projectKey.strip(), Permission.VIEW_PROJECT);
            projectId = project.id();
        }
        filter.change(name.strip(), query.strip(), projectId, clock.instant());
    }

    private SavedFilter readable(Actor actor, long id) {
        return filters.findById(id).filter(f -> mayRead(actor, f))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.query.noFilter", id)));
    }

    private SavedFilter owned(Actor actor, long id) {
        SavedFilter filter = readable(actor, id);
        if (filter.ownerId() != actor.personId()) {
            throw new ForbiddenException(Text.of("problem.query.ownerOnly", filter.name()));
        }
        return filter;
    }

    private boolean mayRead(Actor actor, SavedFilter filter) {
        if (filter.ownerId() == actor.personId()) {
            return true;
        }
        if (filter.projectId() == null) {
            return false;
        }
        try {
            portfolio.access(actor, filter.projectId(), Permission.VIEW_PROJECT);
            return true;
        } catch (NotFoundException | ForbiddenException e) {
            return false;
        }
    }

    private Map<Long, String> visibleProjects(Actor actor) {
        return portfolio.visibleProjects(actor).stream()
                .collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::key));
    }

    private List<FilterView> views(Actor actor, List<SavedFilter> found, Map<Long, String> projects) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> owners = found.stream().map(SavedFilter::ownerId).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, PersonSummary> people = identity.byIds(owners);
        Set<Long> subscribed = new HashSet<>(jdbc.queryForList(
                "select filter_id from filter_subscription where person_id = ?", Long.class, actor.personId()));
        List<FilterView> result = new ArrayList<>();
        for (SavedFilter f : found) {
            PersonSummary owner = people.get(f.ownerId());
            result.add(new FilterView(f.id(), f.name(), f.query(), f.projectId() == null ? null : projects.get(f.projectId()),
                    owner == null ? null : owner.username(), Objects.equals(f.ownerId(), actor.personId()),
                    subscribed.contains(f.id()), f.version(), f.updatedAt()));
        }
        return result;
    }

    private String sharedWith(SavedFilter filter) {
        return filter.projectId() == null ? "only the owner"
                : portfolio.access(Actor.system(), filter.projectId(), Permission.VIEW_PROJECT).key();
    }

    /** Names as the reader sees them; critical and at-risk are computed per project the reader can see. */
    private final class ReaderNames implements QueryCompiler.Names {

        private final Actor actor;

        ReaderNames(Actor actor) {
            this.actor = actor;
        }

        @Override
        public long currentUser() {
            return actor.personId();
        }

        @Override
        public Optional<Long> person(String username) {
            return identity.findByUsername(username).map(PersonSummary::id);
        }

        @Override
        public List<String> statuses() {
            return items.statusNames(actor);
        }

        @Override
        public List<String> sprints() {
            return items.sprintNames(actor);
        }

        @Override
        public Set<String> computed(QueryField field) {
            List<ProjectSummary> projects = portfolio.visibleProjects(actor);
            if (projects.size() > QueryCompiler.MAX_COMPUTED_PROJECTS) {
                return null;
            }
            Set<String> keys = new LinkedHashSet<>();
            for (ProjectSummary p : projects) {
                keys.addAll(field == QueryField.CRITICAL ? schedule.schedule(actor, p.key()).criticalPath()
                        : schedule.atRisk(actor, p.key()));
            }
            return keys;
        }
    }
}
