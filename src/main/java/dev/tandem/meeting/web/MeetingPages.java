package dev.tandem.meeting.web;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.meeting.MeetingFields;
import dev.tandem.meeting.MeetingKind;
import dev.tandem.meeting.MeetingManagement;
import dev.tandem.meeting.MinutesFromTranscripts;
import dev.tandem.meeting.MeetingView;
import dev.tandem.meeting.MinutesConflict;
import dev.tandem.meeting.ActionStatus;
import dev.tandem.meeting.engine.Recurrence;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.system.Dates;
import dev.tandem.system.FormProblem;
import dev.tandem.system.ProjectMarkdown;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A project's meetings and one meeting's page: agenda, minutes, decisions, action items, and the Markdown and
 * iCalendar downloads. A refused change shows the page again with the reason; a stale minutes save shows the minutes
 * as they are now next to the text that was sent, and keeps both.
 */
@Controller
@RequestMapping("/projects/{key}/meetings")
class MeetingPages {

    private static final Pattern GUEST = Pattern.compile("^(.*?)\\s*<([^>]*)>\\s*$");
    private static final int MAX_GUEST_LINES = 60;

    private final MeetingManagement meetings;
    private final MinutesFromTranscripts minutes;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final ProjectMarkdown markdown;
    private final Dates dates;

    MeetingPages(MeetingManagement meetings, MinutesFromTranscripts minutes, PortfolioManagement portfolio, IdentityManagement identity,
                 ProjectMarkdown markdown, Dates dates) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.portfolio = portfolio;
        this.identity = identity;
        this.markdown = markdown;
        this.dates = dates;
    }

    @GetMapping
    String list(Actor actor, @PathVariable String key, Model model) {
        return listPage(actor, key, model);
    }

    @PostMapping
    String schedule(Actor actor, @PathVariable String key, @RequestParam(defaultValue = "") String kind,
                    @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String date,
                    @RequestParam(defaultValue = "") String time, @RequestParam(defaultValue = "") String timeZone,
                    @RequestParam(defaultValue = "") String durationMinutes,
                    @RequestParam(defaultValue = "none") String recurrence,
                    @RequestParam(required = false) List<String> attendees, @RequestParam(defaultValue = "") String guests,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        long[] created = new long[1];
        String view = FormProblem.attempt(() -> created[0] = meetings.schedule(actor, key, new MeetingFields(kind,
                        title, start(date, time), timeZone, FormProblem.number(durationMinutes), recurrence, attendees,
                        guests(guests))).id(),
                "meeting.notice.scheduled", "/projects/" + key + "/meetings", model, response, redirect,
                () -> listPage(actor, key, model));
        return view.startsWith("redirect:") ? "redirect:/projects/" + key + "/meetings/" + created[0] : view;
    }

    @GetMapping("/{id}")
    String meeting(Actor actor, @PathVariable String key, @PathVariable long id, Model model) {
        return page(actor, key, id, model);
    }

    /** The rendered minutes alone, which the page reloads when someone saves them. */
    @GetMapping("/{id}/minutes-view")
    String minutesView(Actor actor, @PathVariable String key, @PathVariable long id, Model model) {
        MeetingView meeting = meetings.get(actor, key, id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("minutesHtml", markdown.render(actor, key, meeting.minutes()));
        return "meeting/meeting :: minutesView";
    }

    @PostMapping("/{id}/next")
    String next(Actor actor, @PathVariable String key, @PathVariable long id, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        long[] created = new long[1];
        String view = FormProblem.attempt(() -> created[0] = meetings.next(actor, key, id).id(),
                "meeting.notice.next", "/projects/" + key + "/meetings/" + id, model, response, redirect,
                () -> page(actor, key, id, model));
        return view.startsWith("redirect:") ? "redirect:/projects/" + key + "/meetings/" + created[0] : view;
    }

    @PostMapping("/{id}/details")
    String details(Actor actor, @PathVariable String key, @PathVariable long id,
                   @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String date,
                   @RequestParam(defaultValue = "") String time, @RequestParam(defaultValue = "") String timeZone,
                   @RequestParam(defaultValue = "") String durationMinutes,
                   @RequestParam(defaultValue = "none") String recurrence, @RequestParam(required = false) Long version,
                   @RequestParam(required = false) List<String> attendees, @RequestParam(defaultValue = "") String guests,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> meetings.edit(actor, key, id, new MeetingFields(null, title, start(date, time),
                        timeZone, FormProblem.number(durationMinutes), recurrence, attendees, guests(guests)), version),
                "meeting.notice.details", "/projects/" + key + "/meetings/" + id, model, response, redirect,
                () -> page(actor, key, id, model));
    }

    @PostMapping("/{id}/agenda")
    String agenda(Actor actor, @PathVariable String key, @PathVariable long id,
                  @RequestParam(defaultValue = "") String agenda, @RequestParam(required = false) Long version,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> meetings.editAgenda(actor, key, id, agenda, version), "meeting.notice.agenda",
                "/projects/" + key + "/meetings/" + id + "#agenda", model, response, redirect,
                () -> page(actor, key, id, model));
    }

    @PostMapping("/{id}/agenda/regenerate")
    String regenerate(Actor actor, @PathVariable String key, @PathVariable long id,
                      @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        return FormProblem.attempt(() -> meetings.regenerateAgenda(actor, key, id, version), "meeting.notice.agenda",
                "/projects/" + key + "/meetings/" + id + "#agenda", model, response, redirect,
                () -> page(actor, key, id, model));
    }

    @PostMapping("/{id}/minutes")
    String minutes(Actor actor, @PathVariable String key, @PathVariable long id,
                   @RequestParam(defaultValue = "") String minutes, @RequestParam(required = false) Long version,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            meetings.saveMinutes(actor, key, id, minutes, version);
        } catch (MinutesConflict conflict) {
            response.setStatus(409);
            model.addAttribute("conflict", conflict);
            model.addAttribute("conflictHtml", markdown.render(actor, key, conflict.currentMinutes()));
            return page(actor, key, id, model);
        } catch (InvalidInputException | ConflictException refusal) {
            FormProblem.show(refusal, model, response, "minutes");
            return page(actor, key, id, model);
        }
        redirect.addFlashAttribute("notice", "meeting.notice.minutes");
        return "redirect:/projects/" + key + "/meetings/" + id + "#minutes";
    }

    @PostMapping("/{id}/decisions")
    String decide(Actor actor, @PathVariable String key, @PathVariable long id, @RequestParam(defaultValue = "") String text,
                  @RequestParam(defaultValue = "") String adr, @RequestParam(defaultValue = "") String changeRequest,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> meetings.decide(actor, key, id, text, adr(adr), changeRequest),
                "meeting.notice.decision", "/projects/" + key + "/meetings/" + id + "#decisions", model, response,
                redirect, () -> page(actor, key, id, model));
    }

    @PostMapping("/{id}/actions")
    String addAction(Actor actor, @PathVariable String key, @PathVariable long id,
                     @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String owner,
                     @RequestParam(defaultValue = "") String due, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        return FormProblem.attempt(() -> meetings.addAction(actor, key, id, title, owner, FormProblem.date("due", due)),
                "meeting.notice.action", "/projects/" + key + "/meetings/" + id + "#actions", model, response,
                redirect, () -> page(actor, key, id, model));
    }

    @PostMapping("/{id}/actions/{actionId}")
    String changeAction(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable long actionId,
                        @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String owner,
                        @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        return FormProblem.attempt(() -> meetings.changeAction(actor, key, id, actionId, status, owner, null, version),
                "meeting.notice.action", "/projects/" + key + "/meetings/" + id + "#actions", model, response,
                redirect, () -> page(actor, key, id, model));
    }

    @PostMapping("/{id}/actions/{actionId}/work-item")
    String toWorkItem(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable long actionId,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> meetings.toWorkItem(actor, key, id, actionId), "meeting.notice.workItem",
                "/projects/" + key + "/meetings/" + id + "#actions", model, response, redirect,
                () -> page(actor, key, id, model));
    }

    /** The transcript section alone, which the page polls while a recording is being transcribed. */
    @GetMapping("/{id}/transcript-view")
    String transcriptView(Actor actor, @PathVariable String key, @PathVariable long id, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        model.addAttribute("project", project);
        model.addAttribute("mayRecord", project.may(Permission.RECORD_MEETINGS));
        model.addAttribute("members", portfolio.members(actor, key));
        model.addAttribute("minutesFrom", minutes.transcript(actor, key, id));
        return "meeting/transcript :: section";
    }

    @PostMapping("/{id}/transcript")
    String importTranscript(Actor actor, @PathVariable String key, @PathVariable long id,
                            @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String text,
                            @RequestParam(defaultValue = "") String format, Model model, HttpServletResponse response,
                            RedirectAttributes redirect) {
        byte[] bytes = file != null && !file.isEmpty() ? bytes(file) : text.getBytes(StandardCharsets.UTF_8);
        return FormProblem.attempt(() -> minutes.importTranscript(actor, key, id, bytes, format),
                "meeting.transcript.notice.imported", "/projects/" + key + "/meetings/" + id + "#transcript", model,
                response, redirect, () -> page(actor, key, id, model));
    }

    @PostMapping("/{id}/recording")
    String uploadRecording(Actor actor, @PathVariable String key, @PathVariable long id,
                           @RequestParam(required = false) MultipartFile file, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        byte[] bytes = file == null ? new byte[0] : bytes(file);
        return FormProblem.attempt(() -> minutes.uploadRecording(actor, key, id, bytes,
                        file == null ? null : file.getOriginalFilename()),
                "meeting.transcript.notice.recording", "/projects/" + key + "/meetings/" + id + "#transcript", model,
                response, redirect, () -> page(actor, key, id, model));
    }

    @PostMapping("/{id}/recording/retry")
    String retryRecording(Actor actor, @PathVariable String key, @PathVariable long id, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> minutes.retry(actor, key, id), "meeting.transcript.notice.recording",
                "/projects/" + key + "/meetings/" + id + "#transcript", model, response, redirect,
                () -> page(actor, key, id, model));
    }

    @PostMapping("/{id}/proposals/{proposalId}/accept")
    String acceptProposal(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable long proposalId,
                          @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String owner,
                          @RequestParam(defaultValue = "") String due, @RequestParam(required = false) Long version,
                          Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormProblem.attempt(() -> minutes.accept(actor, key, id, proposalId, text, owner,
                        FormProblem.date("due", due), version), "meeting.transcript.notice.accepted",
                "/projects/" + key + "/meetings/" + id + "#transcript", model, response, redirect,
                () -> page(actor, key, id, model));
    }

    @PostMapping("/{id}/proposals/{proposalId}/discard")
    String discardProposal(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable long proposalId,
                           @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                           RedirectAttributes redirect) {
        return FormProblem.attempt(() -> minutes.discard(actor, key, id, proposalId, version),
                "meeting.transcript.notice.discarded", "/projects/" + key + "/meetings/" + id + "#transcript", model,
                response, redirect, () -> page(actor, key, id, model));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @GetMapping("/{id}/minutes.md")
    ResponseEntity<String> minutesFile(Actor actor, @PathVariable String key, @PathVariable long id) {
        return download(meetings.minutesMarkdown(actor, key, id), new MediaType("text", "markdown", StandardCharsets.UTF_8),
                key + "-meeting-" + id + "-minutes" + ".md");
    }

    @GetMapping("/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(Actor actor, @PathVariable String key, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(key + "-meeting-" + id + "-minutes.pdf", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(meetings.minutesPdf(actor, key, id));
    }

    @GetMapping("/{id}/invite.ics")
    ResponseEntity<String> invitation(Actor actor, @PathVariable String key, @PathVariable long id) {
        return download(meetings.invitation(actor, key, id, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()),
                new MediaType("text", "calendar", StandardCharsets.UTF_8), key + "-meeting-" + id + ".ics");
    }

    private static ResponseEntity<String> download(String body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private String listPage(Actor actor, String key, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        model.addAttribute("project", project);
        model.addAttribute("meetings", meetings.list(actor, key));
        model.addAttribute("mayRecord", project.may(Permission.RECORD_MEETINGS));
        model.addAttribute("members", portfolio.members(actor, key));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("defaultZone", identity.timeZone(actor).orElseGet(dates::zone).getId());
        return "meeting/list";
    }

    private String page(Actor actor, String key, long id, Model model) {
        ProjectRef project = portfolio.access(actor, key, Permission.VIEW_PROJECT);
        MeetingView meeting = meetings.get(actor, key, id);
        model.addAttribute("project", project);
        model.addAttribute("meeting", meeting);
        model.addAttribute("agendaHtml", markdown.render(actor, key, meeting.agenda()));
        model.addAttribute("minutesHtml", markdown.render(actor, key, meeting.minutes()));
        model.addAttribute("mayRecord", project.may(Permission.RECORD_MEETINGS));
        model.addAttribute("members", portfolio.members(actor, key));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("minutesFrom", minutes.transcript(actor, key, id));
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("attendeeNames", meeting.attendees().stream().filter(a -> !a.guest() && !a.left())
                .map(MeetingView.AttendeeView::username).collect(Collectors.toSet()));
        model.addAttribute("guestLines", meeting.attendees().stream().filter(MeetingView.AttendeeView::guest)
                .map(a -> a.email() == null ? a.name() : a.name() + " <" + a.email() + ">")
                .collect(Collectors.joining("\n")));
        return "meeting/meeting";
    }

    private static LocalDateTime start(String date, String time) {
        if (date.isBlank()) {
            throw new InvalidInputException("start", Text.of("problem.meeting.startDateNeeded"));
        }
        try {
            return LocalDate.parse(date.strip()).atTime(time.isBlank() ? LocalTime.of(9, 0) : LocalTime.parse(time.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("start", Text.of("problem.meeting.startDateTime"));
        }
    }

    private static Integer adr(String adr) {
        String digits = adr.strip().replaceFirst("(?i)^ADR-?0*", "");
        if (digits.isEmpty()) {
            return adr.isBlank() ? null : 0;
        }
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("adr", Text.of("problem.meeting.adrNumber",
                    adr.length() > 20 ? adr.substring(0, 20) + "…" : adr));
        }
    }

    /** One guest a line: "Name <e-mail>", or just a name. */
    private static List<MeetingFields.Guest> guests(String text) {
        List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > MAX_GUEST_LINES) {
            throw new InvalidInputException("guests", Text.of("problem.meeting.tooManyGuests", 50));
        }
        List<MeetingFields.Guest> guests = new ArrayList<>();
        for (String line : lines) {
            Matcher m = GUEST.matcher(line);
            guests.add(m.matches() ? new MeetingFields.Guest(m.group(1).isBlank() ? m.group(2) : m.group(1), m.group(2))
                    : new MeetingFields.Guest(line, null));
        }
        return guests;
    }
}
