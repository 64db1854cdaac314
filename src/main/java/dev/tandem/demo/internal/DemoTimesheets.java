package dev.tandem.demo.internal;

import dev.tandem.change.ChangeManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.timetracking.TimeTrackingManagement;
import dev.tandem.timetracking.WorkLogFields;
import dev.tandem.workitem.ItemView;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The project's hourly rates by role and the hours its people logged: each started item's assignee logged four to seven
 * and a half hours on most working days from its actual start to its finish (or to yesterday while it runs), never
 * more than eight hours a day in all, so earned value has an actual cost to weigh.
 */
@Component
class DemoTimesheets {

    private static final Map<String, BigDecimal> RATES = Map.of(ProjectRole.PM.name(), BigDecimal.valueOf(420),
            ProjectRole.EM.name(), BigDecimal.valueOf(400), ProjectRole.ARCHITECT.name(), BigDecimal.valueOf(450),
            ProjectRole.PRODUCT_MANAGER.name(), BigDecimal.valueOf(380), ProjectRole.ENGINEER.name(), BigDecimal.valueOf(320));
    private static final BigDecimal DAY_LIMIT = BigDecimal.valueOf(8);

    private final ChangeManagement changes;
    private final TimeTrackingManagement time;

    DemoTimesheets(ChangeManagement changes, TimeTrackingManagement time) {
        this.changes = changes;
        this.time = time;
    }

    void load(Actor admin, DemoProject project, List<ItemView> items, Map<String, PersonSummary> people, LocalDate today) {
        String projectKey = project.key();
        Set<String> members = project.members().stream().map(DemoProject.Member::username).collect(Collectors.toSet());
        changes.configureBoard(admin, projectKey, null, null, null, "CNY", null, RATES, null,
                changes.boardSettings(admin, projectKey).version());
        Random random = new Random(project.seed());
        Map<String, BigDecimal> logged = new HashMap<>();
        items.stream().filter(i -> i.actualStart() != null && members.contains(i.assignee()))
                .filter(i -> i.estimateHours() != null || i.mostLikelyDays() != null)
                .sorted(Comparator.comparing(ItemView::actualStart).thenComparing(ItemView::key))
                .forEach(item -> {
                    PersonSummary person = people.get(item.assignee());
                    Actor actor = new Actor(person.id(), person.username(), person.orgRole());
                    LocalDate last = item.actualFinish() != null ? item.actualFinish() : today.minusDays(1);
                    for (LocalDate day = item.actualStart(); !day.isAfter(last); day = day.plusDays(1)) {
                        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                                || random.nextInt(10) == 0) {
                            continue;
                        }
                        String key = person.username() + "/" + day;
                        BigDecimal left = DAY_LIMIT.subtract(logged.getOrDefault(key, BigDecimal.ZERO));
                        BigDecimal hours = BigDecimal.valueOf(16 + random.nextInt(15)).divide(BigDecimal.valueOf(4)).min(left);
                        if (hours.signum() > 0) {
                            time.log(actor, projectKey, item.key(), new WorkLogFields(day, hours, null));
                            logged.merge(key, hours, BigDecimal::add);
                        }
                    }
                });
    }
}
