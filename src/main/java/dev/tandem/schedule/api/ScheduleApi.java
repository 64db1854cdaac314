package dev.tandem.schedule.api;

import dev.tandem.schedule.BaselineComparison;
import dev.tandem.schedule.BaselineSummary;
import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.ProjectForecast;
import dev.tandem.schedule.ProjectSchedule;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.schedule.SlipAttributions;
import dev.tandem.schedule.SlipReport;
import dev.tandem.schedule.SlipReportMarkdown;
import dev.tandem.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Schedule", description = "The project track: critical-path schedule, calendar and baselines")
class ScheduleApi {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8);

    private final ScheduleManagement schedules;
    private final SlipAttributions slips;
    private final MessageSource messages;

    ScheduleApi(ScheduleManagement schedules, SlipAttributions slips, MessageSource messages) {
        this.schedules = schedules;
        this.slips = slips;
        this.messages = messages;
    }

    record NewBaseline(@NotBlank @Size(max = 128) String name) {
    }

    record Weekdays(@NotNull @Size(max = 7) Set<DayOfWeek> workingWeekdays, Long version) {
    }

    record CalendarDay(@NotNull Boolean working, @Size(max = 100) String name) {
    }

    @GetMapping("/schedule")
    ProjectSchedule schedule(Actor actor, @PathVariable String key) {
        return schedules.schedule(actor, key);
    }

    @GetMapping("/at-risk")
    List<String> atRisk(Actor actor, @PathVariable String key) {
        return schedules.atRisk(actor, key);
    }

    @GetMapping("/forecast")
    ProjectForecast forecast(Actor actor, @PathVariable String key) {
        return schedules.forecast(actor, key);
    }

    @Operation(summary = "Why a milestone moved", description = "The movement of the milestone's date from `from` to "
            + "`to`, split into causes that add up to it exactly. `from` is `baseline` (the first baseline, the "
            + "default), `last-week` (the forecast recorded last week) or a date; `to` a date up to today (default: now).")
    @GetMapping(path = "/milestones/{itemKey}/slip", produces = "application/json")
    SlipReport milestoneSlip(Actor actor, @PathVariable String key, @PathVariable String itemKey,
                             @RequestParam(required = false) @Size(max = 20) String from,
                             @RequestParam(required = false) LocalDate to) {
        return slips.milestone(actor, key, itemKey, from, to);
    }

    @GetMapping(path = "/milestones/{itemKey}/slip", produces = "text/markdown")
    ResponseEntity<String> milestoneSlipMarkdown(Actor actor, @PathVariable String key, @PathVariable String itemKey,
                                                 @RequestParam(required = false) @Size(max = 20) String from,
                                                 @RequestParam(required = false) LocalDate to, Locale locale) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(new SlipReportMarkdown(messages, locale)
                .render(slips.milestone(actor, key, itemKey, from, to)));
    }

    @Operation(summary = "Why the project finish moved", description = "As for a milestone, for the project's finish.")
    @GetMapping(path = "/slip", produces = "application/json")
    SlipReport finishSlip(Actor actor, @PathVariable String key, @RequestParam(required = false) @Size(max = 20) String from,
                          @RequestParam(required = false) LocalDate to) {
        return slips.projectFinish(actor, key, from, to);
    }

    @GetMapping(path = "/slip", produces = "text/markdown")
    ResponseEntity<String> finishSlipMarkdown(Actor actor, @PathVariable String key,
                                              @RequestParam(required = false) @Size(max = 20) String from,
                                              @RequestParam(required = false) LocalDate to, Locale locale) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(new SlipReportMarkdown(messages, locale)
                .render(slips.projectFinish(actor, key, from, to)));
    }

    @GetMapping("/baselines")
    List<BaselineSummary> baselines(Actor actor, @PathVariable String key) {
        return schedules.baselines(actor, key);
    }

    @PostMapping("/baselines")
    ResponseEntity<BaselineSummary> capture(Actor actor, @PathVariable String key, @Valid @RequestBody NewBaseline body) {
        BaselineSummary baseline = schedules.captureBaseline(actor, key, body.name());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/baselines/" + baseline.id())).body(baseline);
    }

    @GetMapping("/baselines/{id}")
    BaselineComparison compare(Actor actor, @PathVariable String key, @PathVariable long id) {
        return schedules.compare(actor, key, id);
    }

    @GetMapping("/calendar")
    CalendarView calendar(Actor actor, @PathVariable String key) {
        return schedules.calendar(actor, key);
    }

    @PutMapping("/calendar/weekdays")
    CalendarView weekdays(Actor actor, @PathVariable String key, @Valid @RequestBody Weekdays body) {
        return schedules.setWorkingWeekdays(actor, key, body.workingWeekdays(), body.version());
    }

    @PutMapping("/calendar/days/{day}")
    CalendarView setDay(Actor actor, @PathVariable String key, @PathVariable LocalDate day,
                        @Valid @RequestBody CalendarDay body) {
        return schedules.setException(actor, key, day, body.working(), body.name());
    }

    @DeleteMapping("/calendar/days/{day}")
    CalendarView removeDay(Actor actor, @PathVariable String key, @PathVariable LocalDate day) {
        return schedules.removeException(actor, key, day);
    }
}
