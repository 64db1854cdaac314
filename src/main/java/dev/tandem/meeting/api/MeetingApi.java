package dev.tandem.meeting.api;

import dev.tandem.meeting.MeetingFields;
import dev.tandem.meeting.MeetingManagement;
import dev.tandem.meeting.MeetingSummary;
import dev.tandem.meeting.MeetingView;
import dev.tandem.meeting.MinutesConflict;
import dev.tandem.shared.Actor;
import dev.tandem.shared.Text;
import dev.tandem.system.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/projects/{key}/meetings")
@Tag(name = "Meetings", description = "Meetings of a project: agenda, minutes, decisions and action items")
class MeetingApi {

    private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MeetingManagement meetings;

    MeetingApi(MeetingManagement meetings) {
        this.meetings = meetings;
    }

    record GuestBody(@Size(max = 100) String name, @Size(max = 254) String email) {
    }

    record MeetingBody(@Size(max = 32) String kind, @Size(max = 200) String title, LocalDateTime start,
                       @Size(max = 64) String timeZone, Integer durationMinutes, @Size(max = 16) String recurrence,
                       @Size(max = 100) List<@Size(max = 100) String> attendees, @Size(max = 50) List<@Valid GuestBody> guests,
                       Long version) {

        MeetingFields fields() {
            return new MeetingFields(kind, title, start, timeZone, durationMinutes, recurrence, attendees,
                    guests == null ? null : guests.stream().map(g -> g == null ? null
                            : new MeetingFields.Guest(g.name(), g.email())).toList());
        }
    }

    record TextBody(@Size(max = 100_000) String text, Long version) {
    }

    record VersionBody(Long version) {
    }

    record DecisionBody(@Size(max = 2000) String text, Integer adr, @Size(max = 40) String changeRequest) {
    }

    record ActionBody(@Size(max = 255) String title, @Size(max = 100) String owner, LocalDate due) {
    }

    record ActionChangeBody(@Size(max = 16) String status, @Size(max = 100) String owner, LocalDate due, Long version) {
    }

    @GetMapping
    List<MeetingSummary> list(Actor actor, @PathVariable String key) {
        return meetings.list(actor, key);
    }

    @Operation(summary = "Schedule a meeting",
            description = "kind: weekly_sync, review_board, pmo_alignment, standup, retrospective or other. `start` is "
                    + "the local time in `timeZone` (an IANA zone such as Asia/Shanghai; blank: the caller's chosen "
                    + "zone). `durationMinutes` 5 to 1440. `recurrence`: none, weekly, biweekly or monthly. "
                    + "`attendees` are usernames of project members; `guests` people from outside, by name and e-mail. "
                    + "The agenda is written from live data. `version` is read only when changing a meeting.")
    @PostMapping
    ResponseEntity<MeetingView> schedule(Actor actor, @PathVariable String key, @Valid @RequestBody MeetingBody body) {
        MeetingView meeting = meetings.schedule(actor, key, body.fields());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/meetings/" + meeting.id())).body(meeting);
    }

    @Operation(summary = "Change a meeting's details",
            description = "Title, start, time zone, length, recurrence, attendees and guests, as when scheduling; "
                    + "`version` is the meeting's version as read (a stale one answers 409, nothing changed). The "
                    + "kind cannot change (400); the agenda, minutes, decisions and action items stay.")
    @PutMapping("/{id}")
    MeetingView edit(Actor actor, @PathVariable String key, @PathVariable long id, @Valid @RequestBody MeetingBody body) {
        return meetings.edit(actor, key, id, body.fields(), body.version());
    }

    @GetMapping("/{id}")
    MeetingView get(Actor actor, @PathVariable String key, @PathVariable long id) {
        return meetings.get(actor, key, id);
    }

    @Operation(summary = "Schedule the next meeting of the series",
            description = "After the series' latest meeting, by its recurrence; 409 for a meeting that does not recur.")
    @PostMapping("/{id}/next")
    ResponseEntity<MeetingView> next(Actor actor, @PathVariable String key, @PathVariable long id) {
        MeetingView meeting = meetings.next(actor, key, id);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + key + "/meetings/" + meeting.id())).body(meeting);
    }

    @Operation(summary = "Replace the agenda (Markdown)", description = "`version` is the agendaVersion it was based on.")
    @PutMapping("/{id}/agenda")
    MeetingView agenda(Actor actor, @PathVariable String key, @PathVariable long id, @Valid @RequestBody TextBody body) {
        return meetings.editAgenda(actor, key, id, body.text(), body.version());
    }

    @Operation(summary = "Write the agenda anew from live data", description = "`version` is the current agendaVersion.")
    @PostMapping("/{id}/agenda/regenerate")
    MeetingView regenerate(Actor actor, @PathVariable String key, @PathVariable long id,
                           @Valid @RequestBody VersionBody body) {
        return meetings.regenerateAgenda(actor, key, id, body.version());
    }

    @Operation(summary = "Save the minutes (Markdown)",
            description = "`version` is the minutesVersion they were based on. A stale one answers 409 with "
                    + "`currentVersion`, `currentMinutes` and `yourMinutes`; nothing is written.")
    @PutMapping("/{id}/minutes")
    MeetingView minutes(Actor actor, @PathVariable String key, @PathVariable long id, @Valid @RequestBody TextBody body) {
        return meetings.saveMinutes(actor, key, id, body.text(), body.version());
    }

    @Operation(summary = "The minutes as a Markdown document", description = "With the meeting's details, decisions "
            + "and action items.")
    @GetMapping(path = "/{id}/minutes", produces = "text/markdown")
    ResponseEntity<String> minutesMarkdown(Actor actor, @PathVariable String key, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MARKDOWN).body(meetings.minutesMarkdown(actor, key, id));
    }

    @Operation(summary = "The minutes as a PDF document", description = "The Markdown document's content (details, "
            + "minutes, decisions, action items) laid out on A4 pages, Chinese text in an embedded CJK font when the "
            + "server has one (README: tandem.minutes.pdf-font); sent as an attachment.")
    @GetMapping(path = "/{id}/minutes.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> minutesPdf(Actor actor, @PathVariable String key, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(key + "-meeting-" + id + "-minutes.pdf", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(meetings.minutesPdf(actor, key, id));
    }

    @Operation(summary = "An iCalendar (.ics) invitation to the meeting")
    @GetMapping(path = "/{id}/invitation", produces = "text/calendar")
    ResponseEntity<String> invitation(Actor actor, @PathVariable String key, @PathVariable long id) {
        return ResponseEntity.ok().contentType(CALENDAR).body(meetings.invitation(actor, key, id,
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
    }

    @Operation(summary = "Record a decision",
            description = "`adr` links it to an ADR of the charter by number, `changeRequest` to a change request by "
                    + "code (CR-3); either must exist in the project.")
    @PostMapping("/{id}/decisions")
    ResponseEntity<MeetingView.DecisionView> decide(Actor actor, @PathVariable String key, @PathVariable long id,
                                                    @Valid @RequestBody DecisionBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(meetings.decide(actor, key, id, body.text(), body.adr(), body.changeRequest()));
    }

    @Operation(summary = "Record an action item", description = "The owner is a project member (username); they are "
            + "told in their inbox.")
    @PostMapping("/{id}/actions")
    ResponseEntity<MeetingView.ActionView> addAction(Actor actor, @PathVariable String key, @PathVariable long id,
                                                     @Valid @RequestBody ActionBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(meetings.addAction(actor, key, id, body.title(), body.owner(), body.due()));
    }

    @Operation(summary = "Change an action item's status (open, done, dropped), owner or due date")
    @PatchMapping("/{id}/actions/{actionId}")
    MeetingView.ActionView changeAction(Actor actor, @PathVariable String key, @PathVariable long id,
                                        @PathVariable long actionId, @Valid @RequestBody ActionChangeBody body) {
        return meetings.changeAction(actor, key, id, actionId, body.status(), body.owner(), body.due(), body.version());
    }

    @Operation(summary = "Turn an action item into a work item",
            description = "A task assigned to the owner and due on the action's date, linking back to the meeting; "
                    + "once only (409 after).")
    @PostMapping("/{id}/actions/{actionId}/work-item")
    ResponseEntity<MeetingView.ActionView> toWorkItem(Actor actor, @PathVariable String key, @PathVariable long id,
                                                      @PathVariable long actionId) {
        return ResponseEntity.status(HttpStatus.CREATED).body(meetings.toWorkItem(actor, key, id, actionId));
    }

    /** A stale minutes save shows both texts, so the writer can merge them by hand. */
    @ExceptionHandler(MinutesConflict.class)
    ResponseEntity<ProblemDetail> minutesConflict(MinutesConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Texts.of(e));
        problem.setTitle(Texts.render(Text.of("problem.title.stale")));
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("currentMinutes", e.currentMinutes());
        problem.setProperty("yourMinutes", e.yourMinutes());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
