package dev.tandem.meeting.api;

import dev.tandem.meeting.MinutesFromTranscripts;
import dev.tandem.meeting.TranscriptView;
import dev.tandem.meeting.TranscriptView.ProposalView;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/projects/{key}/meetings/{id}")
@Tag(name = "Minutes from transcripts", description = "A meeting's transcript or recording, and the decisions, action "
        + "items and summary proposed from it until the organiser accepts or discards each")
class MinutesApi {

    private final MinutesFromTranscripts minutes;

    MinutesApi(MinutesFromTranscripts minutes) {
        this.minutes = minutes;
    }

    record TranscriptBody(@Size(max = 2_000_000) String text, @Size(max = 20) String format) {
    }

    record RecordingBody(@Size(max = 200) String name, String content) {
    }

    record AcceptBody(@Size(max = 4000) String text, @Size(max = 100) String owner, LocalDate due, Long version) {
    }

    record VersionBody(Long version) {
    }

    @Operation(summary = "The transcript, its proposals and the recording's transcription status")
    @GetMapping("/transcript")
    TranscriptView transcript(Actor actor, @PathVariable String key, @PathVariable long id) {
        return minutes.transcript(actor, key, id);
    }

    @Operation(summary = "Import a transcript",
            description = "WebVTT, SRT or `Speaker: text` lines in UTF-8, recognised from the first line unless "
                    + "`format` (webvtt, srt, speaker_lines) says. As JSON `{text, format}`, as a multipart `file`, or "
                    + "as the plain body (text/plain, text/vtt, application/x-subrip). Replaces an earlier transcript "
                    + "and its pending proposals. A file that cannot be read is refused with 400 naming its line, and "
                    + "nothing is stored.")
    @PostMapping(path = "/transcript", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TranscriptView> importJson(Actor actor, @PathVariable String key, @PathVariable long id,
                                              @Valid @RequestBody TranscriptBody body) {
        byte[] bytes = body.text() == null ? new byte[0] : body.text().getBytes(StandardCharsets.UTF_8);
        return created(minutes.importTranscript(actor, key, id, bytes, body.format()));
    }

    @PostMapping(path = "/transcript", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<TranscriptView> importFile(Actor actor, @PathVariable String key, @PathVariable long id,
                                              @RequestPart("file") MultipartFile file,
                                              @RequestParam(required = false) String format) {
        return created(minutes.importTranscript(actor, key, id, bytes(file), format));
    }

    @PostMapping(path = "/transcript", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/vtt", "application/x-subrip"})
    ResponseEntity<TranscriptView> importText(Actor actor, @PathVariable String key, @PathVariable long id,
                                              @RequestBody byte[] body, @RequestParam(required = false) String format) {
        return created(minutes.importTranscript(actor, key, id, body, format));
    }

    @Operation(summary = "Upload a recording to transcribe",
            description = "WAV, MP3, M4A or WebM (recognised from the bytes) up to tandem.minutes.audio.max-size, as a "
                    + "multipart `file` or JSON `{name, content}` with the bytes in Base64. Answers 202: the configured "
                    + "speech-to-text provider runs in the background; poll GET …/transcript for the status (queued, "
                    + "transcribing, done, failed with a reason). 409 when no provider is configured.")
    @PostMapping(path = "/recording", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<TranscriptView> recordFile(Actor actor, @PathVariable String key, @PathVariable long id,
                                              @RequestPart("file") MultipartFile file) {
        return accepted(minutes.uploadRecording(actor, key, id, bytes(file), file.getOriginalFilename()));
    }

    @PostMapping(path = "/recording", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TranscriptView> recordJson(Actor actor, @PathVariable String key, @PathVariable long id,
                                              @Valid @RequestBody RecordingBody body) {
        byte[] bytes;
        try {
            bytes = body.content() == null ? new byte[0] : Base64.getDecoder().decode(body.content());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("content", Text.of("problem.meeting.notBase64"));
        }
        return accepted(minutes.uploadRecording(actor, key, id, bytes, body.name()));
    }

    @Operation(summary = "Transcribe the kept recording again after a failure", description = "409 unless it failed.")
    @PostMapping("/recording/retry")
    ResponseEntity<TranscriptView> retry(Actor actor, @PathVariable String key, @PathVariable long id) {
        return accepted(minutes.retry(actor, key, id));
    }

    @Operation(summary = "The proposals read from the transcript")
    @GetMapping("/proposals")
    List<ProposalView> proposals(Actor actor, @PathVariable String key, @PathVariable long id) {
        return minutes.proposals(actor, key, id);
    }

    @Operation(summary = "Accept a proposal, optionally edited",
            description = "`text` replaces the proposed text, `owner` (a member's username) and `due` those of an "
                    + "action item; an action item whose owner was not resolved needs `owner`. A decision or action "
                    + "item is recorded as if entered by hand; a summary is added to the minutes. `version` is the "
                    + "proposal's; 409 when it was accepted or discarded already.")
    @PostMapping("/proposals/{proposalId}/accept")
    ProposalView accept(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable long proposalId,
                        @Valid @RequestBody AcceptBody body) {
        return minutes.accept(actor, key, id, proposalId, body.text(), body.owner(), body.due(), body.version());
    }

    @Operation(summary = "Discard a proposal", description = "Nothing is recorded; `version` is the proposal's.")
    @PostMapping("/proposals/{proposalId}/discard")
    ProposalView discard(Actor actor, @PathVariable String key, @PathVariable long id, @PathVariable long proposalId,
                         @Valid @RequestBody VersionBody body) {
        return minutes.discard(actor, key, id, proposalId, body.version());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<TranscriptView> created(TranscriptView view) {
        return ResponseEntity.status(HttpStatus.CREATED).body(view);
    }

    private static ResponseEntity<TranscriptView> accepted(TranscriptView view) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view);
    }
}
