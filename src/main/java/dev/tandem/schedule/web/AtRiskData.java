package dev.tandem.schedule.web;

import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The keys of items whose finish is at risk, for the board page's script (signed in with a session). */
@RestController
class AtRiskData {

    private final ScheduleManagement schedules;

    AtRiskData(ScheduleManagement schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/projects/{key}/at-risk")
    List<String> atRisk(Actor actor, @PathVariable String key) {
        return schedules.atRisk(actor, key);
    }
}
