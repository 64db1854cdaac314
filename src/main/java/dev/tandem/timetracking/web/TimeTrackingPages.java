package dev.tandem.timetracking.web;

import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.timetracking.TimeTrackingManagement;
import dev.tandem.timetracking.WorkLogFields;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's weekly timesheet, and the item page's work-log section (loaded by htmx into the page) with its form. A
 * refused log answers 400 with the reason and a way back to the item.
 */
@Controller
class TimeTrackingPages {

    private final TimeTrackingManagement time;
    private final Clock clock;

    TimeTrackingPages(TimeTrackingManagement time, Clock clock) {
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/timesheet")
    String timesheet(Actor actor, @RequestParam(required = false) String week, Model model) {
        model.addAttribute("sheet", time.timesheet(actor, week));
        return "timetracking/timesheet";
    }

    @GetMapping("/items/{itemKey}/worklogs")
    String section(Actor actor, @PathVariable String itemKey, Model model) {
        String project = projectOf(itemKey);
        model.addAttribute("itemKey", itemKey);
        model.addAttribute("logs", time.logs(actor, project, itemKey));
        model.addAttribute("mayLog", time.mayLog(actor, project));
        model.addAttribute("today", LocalDate.now(clock));
        return "timetracking/worklogs :: section";
    }

    @PostMapping("/items/{itemKey}/worklogs")
    String log(Actor actor, @PathVariable String itemKey, @RequestParam(required = false) String date,
               @RequestParam(required = false) String hours, @RequestParam(required = false) String note, Model model,
               HttpServletResponse response) {
        try {
            time.log(actor, projectOf(itemKey), itemKey, new WorkLogFields(date(date), hours(hours), note));
            return "redirect:/items/" + itemKey + "#worklogs";
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("itemKey", itemKey);
            model.addAttribute("problem", e.getMessage());
            return "timetracking/refused";
        }
    }

    private static String projectOf(String itemKey) {
        int dash = itemKey == null ? -1 : itemKey.lastIndexOf('-');
        if (dash <= 0) {
            throw new NotFoundException("No item " + itemKey + ".");
        }
        return itemKey.substring(0, dash);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "must be a date such as 2027-01-04");
        }
    }

    private static BigDecimal hours(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("hours", "must be a number such as 1.5");
        }
    }
}
