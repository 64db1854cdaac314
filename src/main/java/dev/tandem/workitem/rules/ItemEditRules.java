package dev.tandem.workitem.rules;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What makes an item edit invalid, field by field: each check answers the value to keep, or refuses the edit with the
 * field at fault (400). Checks that need stored data (the assignee's membership, the parent chain, the workflow's
 * status names) stay with the facade.
 */
public final class ItemEditRules {

    public static final BigDecimal MAX_ESTIMATE = BigDecimal.valueOf(10_000);
    public static final int MAX_LABELS = 20;
    /** The fields of a major technical item that change only through a change request once the project is baselined. */
    public static final Set<String> SCOPE_AND_DATES = Set.of("type", "title", "description", "parent", "storyPoints",
            "estimateHours", "optimisticDays", "mostLikelyDays", "pessimisticDays", "plannedStart", "plannedFinish",
            "dueDate");

    private ItemEditRules() {
    }

    /** Stripped text of at most {@code max} characters; blank is null, or refused when {@code required}. */
    public static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, Text.of("problem.input.empty"));
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, Text.of("problem.input.tooLong", max));
        }
        return stripped;
    }

    /** At most {@link #MAX_LABELS} labels of 1 to 40 characters without spaces, sorted. */
    public static Set<String> labels(Set<String> labels) {
        if (labels.size() > MAX_LABELS) {
            throw new InvalidInputException("labels", Text.of("problem.workitem.tooManyLabels", MAX_LABELS));
        }
        Set<String> result = new TreeSet<>();
        for (String label : labels) {
            String l = text("labels", label, 40, true);
            if (l.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidInputException("labels", Text.of("problem.workitem.labelSpaces", l));
            }
            result.add(l);
        }
        return result;
    }

    /** An estimate after the edit: cleared, kept when not given, else 0 to 10,000 with at most one decimal place. */
    public static BigDecimal estimate(String field, BigDecimal value, boolean cleared, BigDecimal current) {
        if (cleared) {
            return null;
        }
        if (value == null) {
            return current;
        }
        if (value.signum() < 0 || value.compareTo(MAX_ESTIMATE) > 0) {
            throw new InvalidInputException(field, Text.of("problem.input.between", "0", MAX_ESTIMATE.toPlainString()));
        }
        if (value.scale() > 1 && value.stripTrailingZeros().scale() > 1) {
            throw new InvalidInputException(field, Text.of("problem.workitem.oneDecimal"));
        }
        return value;
    }

    /** A date after the edit: cleared, kept when not given, else a date between 1970 and 2999. */
    public static LocalDate date(String field, LocalDate value, boolean cleared, LocalDate current) {
        if (cleared) {
            return null;
        }
        if (value == null) {
            return current;
        }
        if (value.getYear() < 1970 || value.getYear() > 2999) {
            throw new InvalidInputException(field, Text.of("problem.workitem.dateRange"));
        }
        return value;
    }

    /** The three-point estimate in order: optimistic ≤ most likely ≤ pessimistic, for the values that are set. */
    public static void threePoint(BigDecimal optimistic, BigDecimal mostLikely, BigDecimal pessimistic) {
        if (optimistic != null && mostLikely != null && optimistic.compareTo(mostLikely) > 0) {
            throw new InvalidInputException("optimisticDays", Text.of("problem.workitem.optimisticAboveMostLikely"));
        }
        if (mostLikely != null && pessimistic != null && mostLikely.compareTo(pessimistic) > 0) {
            throw new InvalidInputException("pessimisticDays", Text.of("problem.workitem.pessimisticBelowMostLikely"));
        }
        if (optimistic != null && pessimistic != null && optimistic.compareTo(pessimistic) > 0) {
            throw new InvalidInputException("pessimisticDays", Text.of("problem.workitem.pessimisticBelowOptimistic"));
        }
    }

    /** A planned finish is not before the planned start. */
    public static void plannedDates(LocalDate start, LocalDate finish) {
        if (start != null && finish != null && finish.isBefore(start)) {
            throw new InvalidInputException("plannedFinish", Text.of("problem.workitem.finishBeforePlannedStart", start.toString()));
        }
    }

    /**
     * The scope and date fields an edit changes, sorted, from the item's fields before and after it (by field name):
     * what a major technical item of a baselined project may not change outside a change request.
     */
    public static List<String> scopeAndDatesTouched(Map<String, String> before, Map<String, String> after) {
        return SCOPE_AND_DATES.stream().filter(f -> !Objects.equals(before.get(f), after.get(f))).sorted().toList();
    }
}
