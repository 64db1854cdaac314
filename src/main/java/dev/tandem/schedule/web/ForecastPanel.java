package dev.tandem.schedule.web;

import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The milestone forecast the project overview loads into itself. */
@Controller
class ForecastPanel {

    private final ScheduleManagement schedules;

    ForecastPanel(ScheduleManagement schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/projects/{key}/forecast-panel")
    String panel(Actor actor, @PathVariable String key, Model model) {
        model.addAttribute("forecast", schedules.forecast(actor, key));
        return "schedule/forecast-panel :: panel";
    }
}
