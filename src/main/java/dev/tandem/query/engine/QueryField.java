package dev.tandem.query.engine;

import dev.tandem.workitem.ItemCondition.Field;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The fields a query may name, what kind of value each takes and which operators fit it. */
public enum QueryField {
    PROJECT("project", Field.PROJECT, Kind.PROJECT, true, false),
    KEY("key", Field.KEY, Kind.KEY, true, false),
    TYPE("type", Field.TYPE, Kind.TYPE, true, false),
    STATUS("status", Field.STATUS, Kind.STATUS, true, false),
    ASSIGNEE("assignee", Field.ASSIGNEE, Kind.PERSON, true, true),
    REPORTER("reporter", Field.REPORTER, Kind.PERSON, true, false),
    LABEL("label", Field.LABEL, Kind.LABEL, false, true),
    PRIORITY("priority", Field.PRIORITY, Kind.PRIORITY, true, false),
    SPRINT("sprint", Field.SPRINT, Kind.SPRINT, false, true),
    EPIC("epic", Field.EPIC, Kind.KEY, false, false),
    PARENT("parent", Field.PARENT, Kind.KEY, true, true),
    ESTIMATE("estimate", Field.ESTIMATE, Kind.NUMBER, true, true),
    POINTS("points", Field.POINTS, Kind.NUMBER, true, true),
    CREATED("created", Field.CREATED, Kind.INSTANT, true, false),
    UPDATED("updated", Field.UPDATED, Kind.INSTANT, true, false),
    DUE("due", Field.DUE, Kind.DATE, true, true),
    TEXT("text", Field.TEXT, Kind.TEXT, false, false),
    BLOCKED("blocked", Field.BLOCKED, Kind.BOOLEAN, true, false),
    CRITICAL("critical", Field.KEY, Kind.COMPUTED, false, false),
    AT_RISK("at-risk", Field.KEY, Kind.COMPUTED, false, false),
    RANK("rank", Field.RANK, Kind.ORDER_ONLY, true, false);

    /** What values a field takes; the kind decides its operators. */
    public enum Kind {
        PROJECT(Operator.EQUALITY), KEY(Operator.EQUALITY), TYPE(Operator.EQUALITY), STATUS(Operator.EQUALITY),
        PERSON(Operator.EQUALITY), LABEL(Operator.EQUALITY), PRIORITY(Operator.ORDERED), SPRINT(Operator.EQUALITY),
        NUMBER(Operator.ORDERED), INSTANT(Operator.ORDERED), DATE(Operator.ORDERED), TEXT(EnumSet.of(Operator.CONTAINS)),
        BOOLEAN(EnumSet.of(Operator.EQ, Operator.NE)), COMPUTED(EnumSet.of(Operator.EQ, Operator.NE)),
        ORDER_ONLY(EnumSet.noneOf(Operator.class));

        private final Set<Operator> operators;

        Kind(Set<Operator> operators) {
            this.operators = operators;
        }

        public Set<Operator> operators() {
            return operators;
        }
    }

    /** The operators as written; {@code in} and {@code is empty} are spelled with keywords. */
    public enum Operator {
        EQ("="), NE("!="), GT(">"), LT("<"), GE(">="), LE("<="), CONTAINS("~"), IN("in"), NOT_IN("not in"),
        IS_EMPTY("is empty"), IS_NOT_EMPTY("is not empty");

        static final Set<Operator> EQUALITY = EnumSet.of(EQ, NE, IN, NOT_IN);
        static final Set<Operator> ORDERED = EnumSet.of(EQ, NE, GT, LT, GE, LE, IN, NOT_IN);

        private final String spelling;

        Operator(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }
    }

    /** Words people know from other trackers for which Tandem keeps no data yet: refused by name, not ignored. */
    public static final Set<String> WITHOUT_DATA = Set.of("component", "fixversion", "affectedversion", "resolution",
            "watcher", "votes", "environment");

    private final String spelling;
    private final Field target;
    private final Kind kind;
    private final boolean sortable;
    private final boolean emptyable;

    QueryField(String spelling, Field target, Kind kind, boolean sortable, boolean emptyable) {
        this.spelling = spelling;
        this.target = target;
        this.kind = kind;
        this.sortable = sortable;
        this.emptyable = emptyable;
    }

    public String spelling() {
        return spelling;
    }

    public Field target() {
        return target;
    }

    public Kind kind() {
        return kind;
    }

    public boolean sortable() {
        return sortable;
    }

    /** The operators this field takes, in the order the query box offers them. */
    public Set<Operator> operators() {
        Set<Operator> result = kind.operators().isEmpty() ? EnumSet.noneOf(Operator.class) : EnumSet.copyOf(kind.operators());
        if (emptyable) {
            result.add(Operator.IS_EMPTY);
            result.add(Operator.IS_NOT_EMPTY);
        }
        return result;
    }

    /** Fields a condition may name (rank only sorts). */
    public static Set<QueryField> filterable() {
        return EnumSet.complementOf(EnumSet.of(RANK));
    }

    public static Optional<QueryField> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.spelling.equals(wanted)).findFirst();
    }
}
