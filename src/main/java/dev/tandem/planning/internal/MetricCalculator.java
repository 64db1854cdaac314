package dev.tandem.planning.internal;

import dev.tandem.planning.MetricDirection;

import dev.tandem.workitem.ItemView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/** Computes the success metrics Tandem knows from the project's items; plain functions of their inputs. */
public final class MetricCalculator {

    private MetricCalculator() {
    }

    /** Median calendar days from actual start to actual finish of the non-milestone items finished in the window. */
    public static BigDecimal cycleTimeDays(Collection<ItemView> items, LocalDate today, int weeks) {
        List<Long> days = items.stream()
                .filter(i -> !"milestone".equals(i.type()) && i.actualStart() != null && within(i.actualFinish(), today, weeks))
                .map(i -> ChronoUnit.DAYS.between(i.actualStart(), i.actualFinish()))
                .sorted().toList();
        if (days.isEmpty()) {
            return null;
        }
        int n = days.size();
        long twice = n % 2 == 1 ? 2 * days.get(n / 2) : days.get(n / 2 - 1) + days.get(n / 2);
        return BigDecimal.valueOf(twice).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /** Bugs created in the window per story finished in the window; null while no story was finished. */
    public static BigDecimal defectRate(Collection<ItemView> items, LocalDate today, int weeks, ZoneId zone) {
        long stories = items.stream().filter(i -> "story".equals(i.type()) && within(i.actualFinish(), today, weeks)).count();
        if (stories == 0) {
            return null;
        }
        long bugs = items.stream()
                .filter(i -> "bug".equals(i.type()) && within(LocalDate.ofInstant(i.createdAt(), zone), today, weeks))
                .count();
        return BigDecimal.valueOf(bugs).divide(BigDecimal.valueOf(stories), 2, RoundingMode.HALF_UP);
    }

    /** Per cent of the milestones due by today that were finished on or before their due date; null if none is due. */
    public static BigDecimal onTimeMilestoneRate(Collection<ItemView> items, LocalDate today) {
        List<ItemView> due = items.stream()
                .filter(i -> "milestone".equals(i.type()) && i.dueDate() != null && !i.dueDate().isAfter(today))
                .toList();
        if (due.isEmpty()) {
            return null;
        }
        long onTime = due.stream().filter(i -> i.actualFinish() != null && !i.actualFinish().isAfter(i.dueDate())).count();
        return BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(due.size()), 1, RoundingMode.HALF_UP);
    }

    /** The respondent-weighted mean score of the surveys taken in the window. */
    public static BigDecimal satisfaction(Collection<SurveyResult> results, LocalDate today, int weeks) {
        BigDecimal weighted = BigDecimal.ZERO;
        long respondents = 0;
        for (SurveyResult r : results) {
            if (within(r.takenOn(), today, weeks)) {
                weighted = weighted.add(r.score().multiply(BigDecimal.valueOf(r.respondents())));
                respondents += r.respondents();
            }
        }
        return respondents == 0 ? null : weighted.divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_UP);
    }

    /** On or after the day N weeks before today, and not after today. */
    public static boolean within(LocalDate day, LocalDate today, int weeks) {
        return day != null && !day.isBefore(today.minusWeeks(weeks)) && !day.isAfter(today);
    }

    public static boolean offTarget(MetricDirection direction, BigDecimal target, BigDecimal actual) {
        if (actual == null || target == null) {
            return false;
        }
        return direction == MetricDirection.HIGHER_IS_BETTER ? actual.compareTo(target) < 0 : actual.compareTo(target) > 0;
    }
}
