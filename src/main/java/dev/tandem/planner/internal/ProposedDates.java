package dev.tandem.planner.internal;

import dev.tandem.schedule.ProposedDatesSource;
import dev.tandem.shared.Actor;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import dev.tandem.planner.PlanStatus;
import dev.tandem.planner.PlannerManagement;

/** The Gantt's ghost bars: where the project's latest plan, while it is ready, would move items and milestones. */
@Component
class ProposedDates implements ProposedDatesSource {

    private final PlannerManagement planner;

    ProposedDates(PlannerManagement planner) {
        this.planner = planner;
    }

    @Override
    public Map<String, Proposed> proposedDates(Actor actor, String projectKey) {
        Map<String, Proposed> dates = new HashMap<>();
        planner.latest(actor, projectKey).filter(p -> p.status() == PlanStatus.READY && p.proposal() != null)
                .ifPresent(plan -> {
                    plan.proposal().moved().forEach(m -> dates.put(m.key(), new Proposed(m.newStart(), m.newFinish())));
                    plan.proposal().milestones().stream().filter(m -> !m.after().equals(m.before()))
                            .forEach(m -> dates.put(m.key(), new Proposed(m.after(), m.after())));
                });
        return dates;
    }
}
