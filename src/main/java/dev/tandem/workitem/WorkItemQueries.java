package dev.tandem.workitem;

import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemCondition.Field;
import dev.tandem.workitem.ItemCondition.Op;
import dev.tandem.workitem.internal.ItemLabel;
import dev.tandem.workitem.internal.QueryTooSlowException;
import dev.tandem.workitem.internal.WorkItem;
import dev.tandem.workitem.internal.WorkflowStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds work items by an {@link ItemCondition} across the projects the reader can see, as one database query with
 * bind parameters (JPA Criteria), a page at a time; a query that runs past the time limit is cut off with a message.
 */
@Service
@Transactional(readOnly = true)
public class WorkItemQueries {

    public static final int MAX_PAGE_SIZE = 100;
    /** Names offered to a query box: enough to choose from, never a whole organisation's history. */
    private static final int MAX_NAMES = 200;

    private final EntityManager entityManager;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement items;
    private final List<ItemSprints> sprints;
    private final int timeoutMillis;

    WorkItemQueries(EntityManager entityManager, PortfolioManagement portfolio, WorkItemManagement items,
                    List<ItemSprints> sprints, @Value("${tandem.query.timeout-millis:5000}") int timeoutMillis) {
        this.entityManager = entityManager;
        this.portfolio = portfolio;
        this.items = items;
        this.sprints = sprints;
        this.timeoutMillis = timeoutMillis;
    }

    /** One page of the items matching {@code where} in the reader's projects, sorted by {@code order}. */
    public ItemPage find(Actor actor, ItemCondition where, List<ItemCondition.Order> order, int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE || page < 0) {
            throw new InvalidInputException("size", Text.of("problem.workitem.pageSize", MAX_PAGE_SIZE));
        }
        Map<String, Long> projects = readable(actor);
        if (projects.isEmpty()) {
            return new ItemPage(List.of(), page, size, 0);
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<WorkItem> select = cb.createQuery(WorkItem.class);
        Root<WorkItem> item = select.from(WorkItem.class);
        select.select(item).where(restricted(item, select, cb, where, projects)).orderBy(orderBy(item, cb, order));
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<WorkItem> counted = count.from(WorkItem.class);
        count.select(cb.count(counted)).where(restricted(counted, count, cb, where, projects));
        List<WorkItem> found = run(entityManager.createQuery(select).setFirstResult(page * size).setMaxResults(size));
        long total = run(entityManager.createQuery(count)).getFirst();
        return new ItemPage(items.views(found), page, size, total);
    }

    /** At most {@code limit} matching items as id and key, most recently updated first: what a subscription compares. */
    public List<MatchedItem> matches(Actor actor, ItemCondition where, int limit) {
        Map<String, Long> projects = readable(actor);
        if (projects.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> select = cb.createQuery(Object[].class);
        Root<WorkItem> item = select.from(WorkItem.class);
        select.multiselect(item.get("id"), item.get("key")).where(restricted(item, select, cb, where, projects))
                .orderBy(cb.desc(item.get("updatedAt")), cb.desc(item.get("id")));
        return run(entityManager.createQuery(select).setMaxResults(limit)).stream()
                .map(row -> new MatchedItem((Long) row[0], (String) row[1])).toList();
    }

    /** A matching item, named. */
    public record MatchedItem(long id, String key) {
    }

    /** The status, sprint and label names of the reader's projects, for checking and completing queries. */
    public QueryVocabulary vocabulary(Actor actor) {
        Collection<Long> projects = readable(actor).values();
        if (projects.isEmpty()) {
            return new QueryVocabulary(List.of(), List.of(), List.of());
        }
        return new QueryVocabulary(names("select distinct s.name from WorkflowStatus s where s.projectId in :p order by s.name", projects),
                sprintNames(projects),
                names("select distinct l from WorkItem i join i.labels l where i.projectId in :p order by l", projects));
    }

    /** The status names of the reader's projects, for checking a query's {@code status = …}. */
    public List<String> statusNames(Actor actor) {
        Collection<Long> projects = readable(actor).values();
        return projects.isEmpty() ? List.of()
                : names("select distinct s.name from WorkflowStatus s where s.projectId in :p order by s.name", projects);
    }

    /** The sprint names of the reader's projects, for checking a query's {@code sprint = …}. */
    public List<String> sprintNames(Actor actor) {
        Collection<Long> projects = readable(actor).values();
        return projects.isEmpty() ? List.of() : sprintNames(projects);
    }

    private List<String> sprintNames(Collection<Long> projects) {
        return sprints.stream().flatMap(s -> s.sprintNames(projects, MAX_NAMES).stream()).distinct().sorted()
                .limit(MAX_NAMES).toList();
    }

    private List<String> names(String jpql, Collection<Long> projects) {
        return entityManager.createQuery(jpql, String.class).setParameter("p", projects).setMaxResults(MAX_NAMES)
                .getResultList();
    }

    private Map<String, Long> readable(Actor actor) {
        return portfolio.visibleProjects(actor).stream()
                .collect(Collectors.toMap(p -> p.key().toUpperCase(Locale.ROOT), ProjectSummary::id));
    }

    private <T> List<T> run(TypedQuery<T> query) {
        query.setHint("jakarta.persistence.query.timeout", timeoutMillis);
        try {
            return query.getResultList();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof jakarta.persistence.QueryTimeoutException || t instanceof SQLTimeoutException
                        || t instanceof org.hibernate.QueryTimeoutException
                        || (t instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState()))) {
                    throw new QueryTooSlowException(timeoutMillis);
                }
            }
            throw e;
        }
    }

    private Predicate restricted(Root<WorkItem> item, CriteriaQuery<?> query, CriteriaBuilder cb, ItemCondition where,
                                 Map<String, Long> projects) {
        return cb.and(item.get("projectId").in(projects.values()),
                new Translation(item, query, cb, projects, sprints).predicate(where));
    }

    private static List<jakarta.persistence.criteria.Order> orderBy(Root<WorkItem> item, CriteriaBuilder cb,
                                                                  List<ItemCondition.Order> order) {
        List<jakarta.persistence.criteria.Order> result = new ArrayList<>();
        for (ItemCondition.Order o : order) {
            for (Expression<?> e : sortKeys(item, cb, o.field())) {
                result.add(o.descending() ? cb.desc(e) : cb.asc(e));
            }
        }
        result.add(cb.asc(item.get("projectId")));
        result.add(cb.asc(item.get("number")));
        return result;
    }

    private static List<Expression<?>> sortKeys(Root<WorkItem> item, CriteriaBuilder cb, Field field) {
        return switch (field) {
            case KEY, PROJECT -> List.of(item.get("projectId"), item.get("number"));
            case TYPE -> List.of(item.get("type"));
            case STATUS -> List.of(item.get("statusId"));
            case ASSIGNEE -> List.of(item.get("assigneeId"));
            case REPORTER -> List.of(item.get("reporterId"));
            case PRIORITY -> {
                // by rank of the priority, not by the spelling of its name
                CriteriaBuilder.SimpleCase<Priority, Integer> rank = cb.selectCase(item.get("priority"));
                for (Priority p : Priority.values()) {
                    rank.when(p, p.ordinal());
                }
                yield List.of(rank.otherwise(0));
            }
            case ESTIMATE -> List.of(item.get("estimateHours"));
            case POINTS -> List.of(item.get("storyPoints"));
            case CREATED -> List.of(item.get("createdAt"));
            case UPDATED -> List.of(item.get("updatedAt"));
            case DUE -> List.of(item.get("dueDate"));
            case RANK -> List.of(item.get("rank"));
            case PARENT, EPIC -> List.of(item.get("parentId"));
            case BLOCKED -> List.of(item.get("blocked"));
            case LABEL, SPRINT, TEXT -> throw new IllegalArgumentException("cannot sort by " + field);
        };
    }

    /** One condition tree as Criteria predicates over {@code item}. */
    private record Translation(Root<WorkItem> item, CriteriaQuery<?> query, CriteriaBuilder cb,
                               Map<String, Long> projects, List<ItemSprints> sprints) {

        Predicate predicate(ItemCondition condition) {
            return switch (condition) {
                case ItemCondition.Everything e -> cb.conjunction();
                case ItemCondition.And and -> cb.and(and.parts().stream().map(this::predicate).toArray(Predicate[]::new));
                case ItemCondition.Or or -> cb.or(or.parts().stream().map(this::predicate).toArray(Predicate[]::new));
                case ItemCondition.Not not -> cb.not(predicate(not.part()));
                case ItemCondition.Empty empty -> empty.negated() ? cb.not(empty(empty.field())) : empty(empty.field());
                case ItemCondition.In in when in.values().isEmpty() -> in.negated() ? cb.conjunction() : cb.disjunction();
                case ItemCondition.In in when in.field() == Field.KEY -> {
                    // keys are stored in upper case, so the index on them serves
                    Predicate any = item.get("key").in(in.values().stream()
                            .map(v -> ((String) v).toUpperCase(Locale.ROOT)).toList());
                    yield in.negated() ? cb.not(any) : any;
                }
                case ItemCondition.In in -> {
                    Predicate any = cb.or(in.values().stream().map(v -> compare(in.field(), Op.EQ, v))
                            .toArray(Predicate[]::new));
                    yield in.negated() ? cb.not(any) : any;
                }
                case ItemCondition.Compare c -> compare(c.field(), c.op(), c.value());
            };
        }

        private Predicate empty(Field field) {
            return switch (field) {
                case ASSIGNEE -> cb.isNull(item.get("assigneeId"));
                case PARENT -> cb.isNull(item.get("parentId"));
                case ESTIMATE -> cb.isNull(item.get("estimateHours"));
                case POINTS -> cb.isNull(item.get("storyPoints"));
                case DUE -> cb.isNull(item.get("dueDate"));
                case LABEL -> cb.isEmpty(item.get("labels"));
                case SPRINT -> cb.not(sprintItems(null));
                default -> throw new IllegalArgumentException(field + " is never empty");
            };
        }

        private Predicate compare(Field field, Op op, Object value) {
            return switch (field) {
                case PROJECT -> {
                    Long id = projects.get(((String) value).toUpperCase(Locale.ROOT));
                    Predicate p = id == null ? cb.disjunction() : cb.equal(item.get("projectId"), id);
                    yield equality(op, p);
                }
                case KEY -> equality(op, cb.equal(item.get("key"), ((String) value).toUpperCase(Locale.ROOT)));
                case TYPE -> equality(op, cb.equal(item.get("type"), value));
                case ASSIGNEE -> equality(op, cb.equal(item.get("assigneeId"), value));
                case REPORTER -> equality(op, cb.equal(item.get("reporterId"), value));
                case BLOCKED -> equality(op, cb.equal(item.get("blocked"), value));
                case PRIORITY -> priority(op, (Priority) value);
                case STATUS -> {
                    Subquery<Long> ids = query.subquery(Long.class);
                    Root<WorkflowStatus> status = ids.from(WorkflowStatus.class);
                    ids.select(status.get("id")).where(cb.equal(cb.lower(status.get("name")), lower(value)),
                            status.get("projectId").in(projects.values()));
                    yield equality(op, item.get("statusId").in(ids));
                }
                case SPRINT -> equality(op, sprintItems((String) value));
                case PARENT -> equality(op, item.get("parentId").in(itemIdsByKey((String) value, null)));
                case EPIC -> {
                    Subquery<Long> epics = itemIdsByKey((String) value, WorkItemType.EPIC);
                    Subquery<Long> children = query.subquery(Long.class);
                    Root<WorkItem> child = children.from(WorkItem.class);
                    children.select(child.get("id")).where(child.get("parentId").in(epics));
                    yield equality(op, cb.or(item.get("parentId").in(epics), item.get("parentId").in(children)));
                }
                case LABEL -> {
                    // a semi-join on the label index, not a probe of every candidate's labels
                    Subquery<Long> labelled = query.subquery(Long.class);
                    Root<ItemLabel> label = labelled.from(ItemLabel.class);
                    labelled.select(label.get("workItemId")).where(cb.equal(label.get("label"), value));
                    yield equality(op, item.get("id").in(labelled));
                }
                case TEXT -> {
                    String like = "%" + lower(value).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                    yield cb.or(cb.like(cb.lower(item.get("title")), like, '!'),
                            cb.like(cb.lower(item.get("description")), like, '!'),
                            cb.like(cb.lower(item.get("key")), like, '!'));
                }
                case ESTIMATE -> ordered(item.get("estimateHours"), op, (Comparable<?>) value);
                case POINTS -> ordered(item.get("storyPoints"), op, (Comparable<?>) value);
                case CREATED -> ordered(item.get("createdAt"), op, (Comparable<?>) value);
                case UPDATED -> ordered(item.get("updatedAt"), op, (Comparable<?>) value);
                case DUE -> ordered(item.get("dueDate"), op, (Comparable<?>) value);
                case RANK -> throw new IllegalArgumentException("rank only orders");
            };
        }

        private Predicate equality(Op op, Predicate equal) {
            return switch (op) {
                case EQ -> equal;
                case NE -> cb.not(equal);
                default -> throw new IllegalArgumentException(op + " is not an equality");
            };
        }

        private Predicate priority(Op op, Priority value) {
            List<Priority> chosen = Arrays.stream(Priority.values()).filter(p -> switch (op) {
                case EQ -> p == value;
                case NE -> p != value;
                case GT -> p.ordinal() > value.ordinal();
                case GE -> p.ordinal() >= value.ordinal();
                case LT -> p.ordinal() < value.ordinal();
                case LE -> p.ordinal() <= value.ordinal();
                case CONTAINS -> throw new IllegalArgumentException("priority does not contain text");
            }).toList();
            return chosen.isEmpty() ? cb.disjunction() : item.get("priority").in(chosen);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Predicate ordered(Expression path, Op op, Comparable value) {
            return switch (op) {
                case EQ -> cb.equal(path, value);
                case NE -> cb.notEqual(path, value);
                case GT -> cb.greaterThan(path, value);
                case GE -> cb.greaterThanOrEqualTo(path, value);
                case LT -> cb.lessThan(path, value);
                case LE -> cb.lessThanOrEqualTo(path, value);
                case CONTAINS -> throw new IllegalArgumentException("a number or a date does not contain text");
            };
        }

        /** Items still open in a sprint named {@code name}, in any open sprint for {@link ItemCondition#OPEN_SPRINTS}, in any sprint for null. */
        private Predicate sprintItems(String name) {
            String asked = name == null || ItemCondition.OPEN_SPRINTS.equals(name) ? null : name;
            Set<Long> ids = new HashSet<>();
            sprints.forEach(s -> ids.addAll(s.itemIds(projects.values(), asked)));
            return ids.isEmpty() ? cb.disjunction() : item.get("id").in(ids);
        }

        private Subquery<Long> itemIdsByKey(String key, WorkItemType type) {
            Subquery<Long> ids = query.subquery(Long.class);
            Root<WorkItem> other = ids.from(WorkItem.class);
            Predicate byKey = cb.equal(other.get("key"), key.toUpperCase(Locale.ROOT));
            ids.select(other.get("id")).where(type == null ? byKey : cb.and(byKey, cb.equal(other.get("type"), type)));
            return ids;
        }

        private static String lower(Object value) {
            return ((String) value).toLowerCase(Locale.ROOT);
        }
    }
}
