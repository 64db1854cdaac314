package dev.tandem.workitem;

import java.util.List;
import java.util.Objects;

/**
 * A condition on work items that {@link WorkItemQueries} turns into one database query. Values are typed by field:
 * {@code PROJECT}, {@code KEY}, {@code STATUS}, {@code SPRINT}, {@code EPIC}, {@code PARENT}, {@code LABEL} and
 * {@code TEXT} take strings (names and keys compare ignoring case), {@code TYPE} a {@link WorkItemType},
 * {@code PRIORITY} a {@link Priority}, {@code ASSIGNEE} and {@code REPORTER} person ids, {@code ESTIMATE} and
 * {@code POINTS} decimals, {@code CREATED} and {@code UPDATED} instants, {@code DUE} a date, {@code BLOCKED} a boolean;
 * {@link #OPEN_SPRINTS} stands for every sprint that is not completed.
 */
public sealed interface ItemCondition {

    /** The value of {@code sprint in openSprints()}. */
    String OPEN_SPRINTS = "\u0000open-sprints";

    enum Field {
        PROJECT, KEY, TYPE, STATUS, ASSIGNEE, REPORTER, LABEL, PRIORITY, SPRINT, EPIC, PARENT, ESTIMATE, POINTS,
        CREATED, UPDATED, DUE, TEXT, BLOCKED, RANK
    }

    enum Op { EQ, NE, GT, LT, GE, LE, CONTAINS }

    record Compare(Field field, Op op, Object value) implements ItemCondition {
        public Compare {
            Objects.requireNonNull(value);
        }
    }

    record In(Field field, List<?> values, boolean negated) implements ItemCondition {
        public In {
            values = List.copyOf(values);
        }
    }

    record Empty(Field field, boolean negated) implements ItemCondition {
    }

    record And(List<ItemCondition> parts) implements ItemCondition {
        public And {
            parts = List.copyOf(parts);
        }
    }

    record Or(List<ItemCondition> parts) implements ItemCondition {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    record Not(ItemCondition part) implements ItemCondition {
    }

    /** Matches every item the reader can see. */
    record Everything() implements ItemCondition {
    }

    /** One key of the order; the item's project and number always break ties. */
    record Order(Field field, boolean descending) {
    }
}
