package dev.tandem.timetracking.web;

import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.system.FormProblem;
import dev.tandem.system.Texts;
import dev.tandem.timetracking.CsvRowsRejected;
import dev.tandem.timetracking.TimeTrackingManagement;
import dev.tandem.timetracking.WorkLogFields;
import dev.tandem.timetracking.WorkLogView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A person's weekly timesheet (with their week's work logs to change or remove, and a CSV import), the item page's
 * work-log section (loaded by htmx into the page) with its forms, and the board card's "Log time" dialog. A refused
 * log answers 400 with the reason and a way back; a change to a work log someone changed meanwhile answers 409 with
 * both versions side by side.
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
        sheet(actor, week, model);
        return "timetracking/timesheet";
    }

    /**
     * Imports a CSV file into one project (its size is bounded by the request limit); the page then lists the rows
     * stored, or the bad rows and why.
     */
    @PostMapping("/timesheet/import")
    String importCsv(Actor actor, @RequestParam(required = false) String project,
                     @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String week,
                     Model model, HttpServletResponse response) throws IOException {
        sheet(actor, week, model);
        model.addAttribute("importProject", project);
        try {
            if (project == null || project.isBlank()) {
                throw new InvalidInputException("project", Text.of("problem.timetracking.projectRequired"));
            }
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", Text.of("problem.timetracking.fileRequired"));
            }
            model.addAttribute("imported", time.importCsv(actor, project, new String(file.getBytes(), StandardCharsets.UTF_8)));
            sheet(actor, week, model);
        } catch (CsvRowsRejected e) {
            response.setStatus(400);
            model.addAttribute("rejected", e.fieldErrors().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(rowNumber(a), rowNumber(b))))
                    .map(r -> new RejectedRow(rowNumber(r.getKey()), Texts.render(r.getValue()))).toList());
        } catch (InvalidInputException e) {
            FormProblem.show(e, model, response, "import");
        }
        return "timetracking/timesheet";
    }

    record RejectedRow(int row, String reason) {
    }

    @GetMapping("/items/{itemKey}/worklogs")
    String section(Actor actor, @PathVariable String itemKey, Model model) {
        String project = projectOf(itemKey);
        model.addAttribute("itemKey", itemKey);
        model.addAttribute("logs", time.logs(actor, project, itemKey));
        model.addAttribute("mayLog", time.mayLog(actor, project));
        model.addAttribute("me", actor.username());
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
            return refused(itemKey, null, e, model, response);
        }
    }

    /** The board card's dialog: the item's logged total and a form to log hours (and, for its assignee, the estimate). */
    @GetMapping("/items/{itemKey}/worklogs/card")
    String cardDialog(Actor actor, @PathVariable String itemKey, Model model) {
        model.addAttribute("time", time.itemTime(actor, projectOf(itemKey), itemKey));
        model.addAttribute("today", LocalDate.now(clock));
        return "timetracking/cardlog :: body";
    }

    @PostMapping("/items/{itemKey}/worklogs/card")
    String cardLog(Actor actor, @PathVariable String itemKey, @RequestParam(required = false) String date,
                   @RequestParam(required = false) String hours, @RequestParam(required = false) String note,
                   @RequestParam(required = false) String remainingHours,
                   @RequestParam(required = false) Long itemVersion, Model model, HttpServletResponse response) {
        String project = projectOf(itemKey);
        model.addAttribute("today", LocalDate.now(clock));
        try {
            BigDecimal logged = hours(hours);
            model.addAttribute("time", time.logAndEstimate(actor, project, itemKey,
                    new WorkLogFields(date(date), logged, note), FormProblem.decimal("remainingHours", remainingHours),
                    itemVersion));
            model.addAttribute("justLogged", logged == null ? null : logged.stripTrailingZeros().toPlainString());
            model.addAttribute("estimated", remainingHours != null && !remainingHours.isBlank());
        } catch (InvalidInputException | ConflictException e) {
            FormProblem.show(e, model, response, "cardlog");
            model.addAttribute("time", time.itemTime(actor, project, itemKey));
            model.addAttribute("entered", new Entered(date, hours, note, remainingHours));
        }
        return "timetracking/cardlog :: body";
    }

    /** What was typed into the dialog, shown again next to its refusal. */
    record Entered(String date, String hours, String note, String remainingHours) {
    }

    /** Changes a work log; {@code week} set means the change came from that week's timesheet, and goes back there. */
    @PostMapping("/items/{itemKey}/worklogs/{id}/edit")
    String edit(Actor actor, @PathVariable String itemKey, @PathVariable long id,
                @RequestParam(required = false) String date, @RequestParam(required = false) String hours,
                @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
                @RequestParam(required = false) String week, Model model, HttpServletResponse response) {
        String project = projectOf(itemKey);
        String back = back(itemKey, week);
        try {
            time.edit(actor, project, itemKey, id, new WorkLogFields(date(date), hours(hours), note == null ? "" : note),
                    version);
            return "redirect:" + back;
        } catch (StaleVersionException e) {
            Map<String, String> mine = new LinkedHashMap<>();
            mine.put("date", date);
            mine.put("hours", hours);
            mine.put("note", note);
            return conflict(actor, project, itemKey, id, "edit", mine, week, e, model, response);
        } catch (InvalidInputException e) {
            return refused(itemKey, back, e, model, response);
        }
    }

    @PostMapping("/items/{itemKey}/worklogs/{id}/delete")
    String delete(Actor actor, @PathVariable String itemKey, @PathVariable long id,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String week,
                  Model model, HttpServletResponse response) {
        String project = projectOf(itemKey);
        String back = back(itemKey, week);
        try {
            time.delete(actor, project, itemKey, id, version);
            return "redirect:" + back;
        } catch (StaleVersionException e) {
            return conflict(actor, project, itemKey, id, "delete", Map.of(), week, e, model, response);
        } catch (InvalidInputException e) {
            return refused(itemKey, back, e, model, response);
        }
    }

    private void sheet(Actor actor, String week, Model model) {
        model.addAttribute("sheet", time.timesheet(actor, week));
        model.addAttribute("importable", time.importableProjects(actor));
        model.addAttribute("today", LocalDate.now(clock));
    }

    /** 409 with the stored work log beside what the person sent, and a way to apply theirs to the stored version. */
    private String conflict(Actor actor, String project, String itemKey, long id, String action, Map<String, String> mine,
                            String week, StaleVersionException e, Model model, HttpServletResponse response) {
        WorkLogView now = time.logs(actor, project, itemKey).stream().filter(l -> l.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("problem.timetracking.noWorkLog", id, itemKey)));
        response.setStatus(409);
        model.addAttribute("itemKey", itemKey);
        model.addAttribute("action", action);
        model.addAttribute("now", now);
        model.addAttribute("mine", mine);
        model.addAttribute("week", week);
        model.addAttribute("back", back(itemKey, week));
        model.addAttribute("problem", Texts.of(e));
        return "timetracking/conflict";
    }

    private static String refused(String itemKey, String back, InvalidInputException e, Model model,
                                  HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("itemKey", itemKey);
        model.addAttribute("back", back == null ? "/items/" + itemKey + "#worklogs" : back);
        model.addAttribute("problem", Texts.of(e));
        return "timetracking/refused";
    }

    /** Where a change goes back to: the timesheet week it came from, else the item's work logs. */
    private static String back(String itemKey, String week) {
        if (week == null || week.isBlank()) {
            return "/items/" + itemKey + "#worklogs";
        }
        return "/timesheet?week=" + TimeTrackingManagement.isoWeek(TimeTrackingManagement.monday(week));
    }

    private static int rowNumber(String row) {
        try {
            return Integer.parseInt(row.substring(row.lastIndexOf(' ') + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return 0;
        }
    }

    private static String projectOf(String itemKey) {
        int dash = itemKey == null ? -1 : itemKey.lastIndexOf('-');
        if (dash <= 0) {
            throw new NotFoundException(Text.of("problem.timetracking.noItem", itemKey));
        }
        return itemKey.substring(0, dash);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", Text.of("problem.timetracking.date"));
        }
    }

    private static BigDecimal hours(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("hours", Text.of("problem.timetracking.hours"));
        }
    }
}
