package dev.tandem.schedule.web;

import dev.tandem.schedule.MilestoneConfidenceSource;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The milestone forecast the project overview loads into itself, with a simulation's P50 and P85 where one is at hand. */
@Controller
class ForecastPanel {

    private final ScheduleManagement schedules;
    private final List<MilestoneConfidenceSource> confidence;

    ForecastPanel(ScheduleManagement schedules, List<MilestoneConfidenceSource> confidence) {
        this.schedules = schedules;
        this.confidence = confidence;
    }

    @GetMapping("/projects/{key}/forecast-panel")
    String panel(Actor actor, @PathVariable String key, Model model) {
        model.addAttribute("forecast", schedules.forecast(actor, key));
        model.addAttribute("confidence", confidence.isEmpty() ? Map.of()
                : confidence.getFirst().milestoneConfidence(actor, key));
        return "schedule/forecast-panel :: panel";
    }
}
