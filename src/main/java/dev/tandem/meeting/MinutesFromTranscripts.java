package dev.tandem.meeting;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.meeting.TranscriptView.LineView;
import dev.tandem.meeting.TranscriptView.ProposalView;
import dev.tandem.meeting.TranscriptView.RecordingView;
import dev.tandem.meeting.transcript.AudioInput;
import dev.tandem.meeting.transcript.ExtractionResult;
import dev.tandem.meeting.transcript.MeetingContext;
import dev.tandem.meeting.transcript.MinutesProposal;
import dev.tandem.meeting.transcript.Participant;
import dev.tandem.meeting.transcript.ProposedActionItem;
import dev.tandem.meeting.transcript.ProposedDecision;
import dev.tandem.meeting.transcript.Transcript;
import dev.tandem.meeting.transcript.TranscriptFormat;
import dev.tandem.meeting.transcript.TranscriptFormatException;
import dev.tandem.meeting.transcript.TranscriptLine;
import dev.tandem.meeting.transcript.TranscriptParser;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.livestream.ProjectEventStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import dev.tandem.meeting.internal.Attendee;
import dev.tandem.meeting.internal.Meeting;
import dev.tandem.meeting.internal.MeetingTranscript;
import dev.tandem.meeting.internal.MeetingTranscripts;
import dev.tandem.meeting.internal.Meetings;
import dev.tandem.meeting.internal.MinutesProviders;
import dev.tandem.meeting.internal.Proposal;
import dev.tandem.meeting.internal.Proposals;
import dev.tandem.meeting.internal.Recording;
import dev.tandem.meeting.internal.Recordings;
import dev.tandem.meeting.internal.TranscriptionJobs;

/**
 * Minutes from a transcript or a recording: the transcript is stored with the meeting and read for decisions, action
 * items and a summary, which wait as proposals until the organiser ({@code RECORD_MEETINGS}) accepts, optionally
 * edited, or discards each. Accepting goes through {@link MeetingManagement}, so a record is created only then and
 * audited like one entered by hand. Reading needs {@code VIEW_PROJECT}.
 */
@Service
@Transactional
public class MinutesFromTranscripts {

    static final int MAX_ACTION_TITLE = 255;
    static final int MAX_DECISION = 2000;
    static final int MAX_SUMMARY = 4000;

    private final Meetings meetings;
    private final MeetingTranscripts transcripts;
    private final Proposals proposals;
    private final Recordings recordings;
    private final MeetingManagement management;
    private final MinutesProviders providers;
    private final ObjectProvider<TranscriptionJobs> jobs;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final ProjectEventStream eventStream;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesFromTranscripts(Meetings meetings, MeetingTranscripts transcripts, Proposals proposals,
                           Recordings recordings, MeetingManagement management, MinutesProviders providers,
                           ObjectProvider<TranscriptionJobs> jobs, PortfolioManagement portfolio,
                           IdentityManagement identity, ProjectEventStream eventStream,
                           ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.transcripts = transcripts;
        this.proposals = proposals;
        this.recordings = recordings;
        this.management = management;
        this.providers = providers;
        this.jobs = jobs;
        this.portfolio = portfolio;
        this.identity = identity;
        this.eventStream = eventStream;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TranscriptView transcript(Actor actor, String projectKey, long id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return view(find(project, id));
    }

    /**
     * Stores the transcript (WebVTT, SRT or speaker lines, recognised from its first line unless {@code format} names
     * one) in place of any earlier one, with fresh proposals; pending proposals of the earlier one are dropped, accepted
     * records stay. A file that cannot be read is refused naming its line, and nothing is stored.
     */
    public TranscriptView importTranscript(Actor actor, String projectKey, long id, byte[] bytes, String format) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("transcript", Text.of("problem.meeting.transcriptEmpty"));
        }
        Transcript transcript;
        try {
            transcript = format == null || format.isBlank() ? TranscriptParser.parse(bytes)
                    : TranscriptParser.parse(bytes, format(format));
        } catch (TranscriptFormatException e) {
            // the parser names the line and what it expected there, in English
            throw new InvalidInputException("transcript",
                    Text.of("problem.meeting.transcriptUnreadable", e.getMessage()));
        }
        ExtractionResult result = store(meeting, project, transcript, actor.username());
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.transcript-imported", "Meeting",
                MeetingManagement.target(project, meeting), "format: " + transcript.format() + "\nlines: "
                + transcript.lines().size() + "\nproposals: " + count(result.proposal()) + "\nsource: "
                + result.source() + (result.fellBack() ? " (" + result.fallbackReason() + ")" : "")));
        eventStream.announce(project.id(), "meeting.transcript-imported", null, actor.username());
        return view(meeting);
    }

    /**
     * Keeps the recording (WAV, MP3, M4A or WebM, recognised from its bytes, up to the configured size) in place of
     * any earlier one and queues its transcription, which runs after this transaction on a worker thread.
     */
    public TranscriptView uploadRecording(Actor actor, String projectKey, long id, byte[] bytes, String filename) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        if (providers.speech() == null) {
            throw new ConflictException(Text.of("problem.meeting.noSpeechProviderSetUp"));
        }
        AudioInput audio;
        try {
            audio = AudioInput.of(bytes == null ? new byte[0] : bytes, filename == null ? "recording" : filename,
                    providers.maxAudioBytes());
        } catch (AudioInput.RejectedException e) {
            throw new InvalidInputException("audio", e.text());
        }
        Recording recording = recordings.findById(meeting.id()).orElseGet(() -> new Recording(meeting.id()));
        if (recording.status() != null && working(recording)) {
            throw new ConflictException(Text.of("problem.meeting.stillTranscribing"));
        }
        recording.replace(audio.filename(), audio.type(), audio.bytes(), actor.username(), clock.instant());
        recordings.saveAndFlush(recording);
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.recording-uploaded", "Meeting",
                MeetingManagement.target(project, meeting), "file: " + audio.filename() + "\nbytes: " + audio.bytes().length));
        startAfterCommit(meeting.id());
        return view(meeting);
    }

    /** Runs the transcription of the kept recording again, after it failed. */
    public TranscriptView retry(Actor actor, String projectKey, long id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        Recording recording = recordings.findById(meeting.id())
                .orElseThrow(() -> new ConflictException(Text.of("problem.meeting.noRecording")));
        if (recording.status() != Recording.Status.FAILED) {
            throw new ConflictException(Text.of("problem.meeting.retryOnlyFailed",
                    recording.status().name().toLowerCase(Locale.ROOT)));
        }
        if (providers.speech() == null) {
            throw new ConflictException(Text.of("problem.meeting.noSpeechProvider"));
        }
        recording.queue(clock.instant());
        recordings.flush();
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.transcription-retried", "Meeting",
                MeetingManagement.target(project, meeting), "file: " + recording.filename() + "\nattempts so far: "
                + recording.attempts()));
        startAfterCommit(meeting.id());
        return view(meeting);
    }

    /**
     * Accepts a pending proposal, with the organiser's edits: {@code text} replaces the decision, action or summary
     * text, {@code owner} (a member's username) and {@code due} those of an action item. A decision and an action
     * item are recorded through {@link MeetingManagement}; a summary is added to the end of the minutes.
     */
    public ProposalView accept(Actor actor, String projectKey, long id, long proposalId, String text, String owner,
                               LocalDate due, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        Proposal proposal = pending(meeting, proposalId, version);
        String accepted = text == null || text.isBlank() ? proposal.text() : text.strip();
        String created;
        switch (proposal.kind()) {
            case DECISION -> {
                MeetingView.DecisionView d = management.decide(actor, projectKey, id, clip(accepted, MAX_DECISION), null, null);
                created = "decision " + d.id();
            }
            case ACTION -> {
                String who = owner == null || owner.isBlank() ? proposal.ownerUsername() : owner.strip();
                if (who == null) {
                    throw new InvalidInputException("owner", Text.of("problem.meeting.ownerAmbiguous",
                            proposal.ownerMention(), project.key()));
                }
                MeetingView.ActionView a = management.addAction(actor, projectKey, id, clip(accepted, MAX_ACTION_TITLE),
                        who, due != null ? due : proposal.due());
                created = "action item " + a.id() + " (owner " + a.owner() + ", due " + (a.due() == null ? "–" : a.due()) + ")";
            }
            default -> {
                MeetingView current = management.get(actor, projectKey, id);
                String minutes = current.minutes() == null || current.minutes().isBlank() ? accepted
                        : current.minutes().strip() + "\n\n" + accepted;
                management.saveMinutes(actor, projectKey, id, minutes, current.minutesVersion());
                created = "summary added to the minutes";
            }
        }
        proposal.decide(Proposal.Status.ACCEPTED, actor.username(), clock.instant());
        proposals.flush();
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.proposal-accepted", "Meeting",
                MeetingManagement.target(project, meeting), "from the minutes proposals (transcript lines "
                + lines(proposal) + "): " + created + "\ntext: " + clip(accepted, 300)
                + (accepted.equals(proposal.text()) ? "" : "\nproposed: " + clip(proposal.text(), 300))));
        eventStream.announce(project.id(), "meeting.proposal-accepted", null, actor.username());
        return proposalView(proposal);
    }

    /** The proposals read from the transcript, pending and decided, in transcript order. */
    @Transactional(readOnly = true)
    public List<ProposalView> proposals(Actor actor, String projectKey, long id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return proposals.findByMeetingIdOrderByPositionAscIdAsc(find(project, id).id()).stream()
                .map(MinutesFromTranscripts::proposalView).toList();
    }

    public ProposalView discard(Actor actor, String projectKey, long id, long proposalId, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        Proposal proposal = pending(meeting, proposalId, version);
        proposal.decide(Proposal.Status.DISCARDED, actor.username(), clock.instant());
        proposals.flush();
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.proposal-discarded", "Meeting",
                MeetingManagement.target(project, meeting), proposal.kind().name().toLowerCase(Locale.ROOT) + ": "
                + clip(proposal.text(), 300) + "\ntranscript lines " + lines(proposal)));
        eventStream.announce(project.id(), "meeting.proposal-discarded", null, actor.username());
        return proposalView(proposal);
    }

    // the transcription job (called by TranscriptionJobs on its worker, each step in its own transaction)

    /** Marks the recording as being transcribed and hands back its audio, or null when there is nothing to do. */
    public AudioInput claim(long meetingId) {
        Recording recording = recordings.findById(meetingId).orElse(null);
        if (recording == null || recording.status() != Recording.Status.QUEUED) {
            return null;
        }
        recording.transcribing(clock.instant());
        recordings.flush();
        announce(meetingId);
        return AudioInput.of(recording.content(), recording.filename(), Long.MAX_VALUE);
    }

    /** Stores the transcript the provider returned and proposals read from it. */
    public void transcribed(long meetingId, Transcript transcript) {
        Recording recording = recordings.findById(meetingId).orElseThrow();
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        ProjectRef project = portfolio.access(Actor.system(), meeting.projectId(), Permission.VIEW_PROJECT);
        ExtractionResult result = store(meeting, project, transcript, recording.createdBy());
        recording.done(clock.instant());
        recordings.flush();
        events.publishEvent(new MeetingEvent(project.id(), recording.createdBy(), "meeting.recording-transcribed",
                "Meeting", MeetingManagement.target(project, meeting), "lines: " + transcript.lines().size()
                + "\nproposals: " + count(result.proposal()) + "\nsource: " + result.source()));
        eventStream.announce(project.id(), "meeting.recording-transcribed", null, recording.createdBy());
    }

    public void failed(long meetingId, String reason) {
        recordings.findById(meetingId).ifPresent(r -> {
            r.failed(reason, clock.instant());
            recordings.flush();
            announce(meetingId);
        });
    }

    /** Jobs that a restart cut short cannot resume; they are marked failed so they can be retried. */
    public void failInterrupted() {
        for (Recording r : recordings.findByStatusIn(List.of(Recording.Status.QUEUED, Recording.Status.TRANSCRIBING))) {
            r.failed("interrupted by a restart of Tandem", clock.instant());
        }
    }

    // rules

    private ExtractionResult store(Meeting meeting, ProjectRef project, Transcript transcript, String by) {
        MeetingContext context = new MeetingContext(meeting.start().toLocalDate(), participants(project, meeting));
        ExtractionResult result = providers.extractor().extract(transcript, context);
        MeetingTranscript stored = transcripts.findById(meeting.id()).orElseGet(() -> new MeetingTranscript(meeting.id()));
        stored.replace(transcript.format(), transcript.lines().stream().map(MinutesFromTranscripts::line).toList(),
                result, by, clock.instant());
        transcripts.saveAndFlush(stored);
        proposals.deleteAll(proposals.findByMeetingIdAndStatus(meeting.id(), Proposal.Status.PENDING));
        proposals.flush();
        MinutesProposal p = result.proposal();
        int position = 0;
        List<Proposal> fresh = new ArrayList<>();
        for (ProposedDecision d : p.decisions()) {
            fresh.add(new Proposal(meeting.id(), position++, Proposal.Kind.DECISION, clip(d.text(), MAX_DECISION), d.lines()));
        }
        for (ProposedActionItem a : p.actionItems()) {
            fresh.add(new Proposal(meeting.id(), position++, Proposal.Kind.ACTION, clip(a.task(), MAX_ACTION_TITLE), a.lines())
                    .owner(a.owner() == null ? null : clip(a.owner().mention(), 100),
                            a.owner() == null ? null : a.owner().username(),
                            a.owner() == null ? null : a.owner().status().name())
                    .due(a.due() == null ? null : a.due().date(), a.due() == null ? null : clip(a.due().phrase(), 100)));
        }
        if (p.summary() != null && p.summary().text() != null && !p.summary().text().isBlank()) {
            fresh.add(new Proposal(meeting.id(), position, Proposal.Kind.SUMMARY, clip(p.summary().text(), MAX_SUMMARY),
                    p.summary().lines().stream().limit(200).toList()));
        }
        proposals.saveAllAndFlush(fresh);
        return result;
    }

    /** The meeting's attendees who are members first, then the other members of the project. */
    private List<Participant> participants(ProjectRef project, Meeting meeting) {
        Map<Long, MemberSummary> members = portfolio.membersOf(project.id()).stream()
                .collect(Collectors.toMap(MemberSummary::personId, m -> m, (a, b) -> a, LinkedHashMap::new));
        Map<Long, Participant> result = new LinkedHashMap<>();
        for (Attendee a : meeting.attendees()) {
            MemberSummary m = a.personId() == null ? null : members.get(a.personId());
            if (m != null) {
                result.put(m.personId(), new Participant(m.username(), m.displayName()));
            }
        }
        members.values().forEach(m -> result.putIfAbsent(m.personId(), new Participant(m.username(), m.displayName())));
        return List.copyOf(result.values());
    }

    private Proposal pending(Meeting meeting, long proposalId, Long version) {
        Proposal proposal = proposals.findById(proposalId).filter(p -> p.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.meeting.noProposal", proposalId)));
        StaleVersionException.check(Text.of("problem.meeting.proposal", proposalId), version, proposal.version());
        if (proposal.status() == Proposal.Status.ACCEPTED) {
            throw new ConflictException(Text.of("problem.meeting.proposalAccepted", proposal.decidedBy()));
        }
        if (proposal.status() != Proposal.Status.PENDING) {
            throw new ConflictException(Text.of("problem.meeting.proposalDiscarded", proposal.decidedBy()));
        }
        return proposal;
    }

    private void startAfterCommit(long meetingId) {
        TranscriptionJobs worker = jobs.getObject();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.start(meetingId);
                }
            });
        } else {
            worker.start(meetingId);
        }
    }

    private void announce(long meetingId) {
        meetings.findById(meetingId).ifPresent(m ->
                eventStream.announce(m.projectId(), "meeting.recording-status", null, "tandem"));
    }

    private Meeting find(ProjectRef project, long id) {
        return meetings.findById(id).filter(m -> m.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.meeting.noMeeting", id, project.key())));
    }

    private TranscriptView view(Meeting meeting) {
        MeetingTranscript t = transcripts.findById(meeting.id()).orElse(null);
        Recordings.Status r = recordings.findStatusByMeetingId(meeting.id()).orElse(null);
        List<ProposalView> list = proposals.findByMeetingIdOrderByPositionAscIdAsc(meeting.id()).stream()
                .map(MinutesFromTranscripts::proposalView).toList();
        RecordingView recording = r == null ? null : new RecordingView(r.getFilename(), r.getAudioType(),
                r.getSizeBytes(), r.getStatus(), r.getReason(), r.getAttempts(), r.getUpdatedAt());
        return new TranscriptView(meeting.id(), t == null ? null : t.format().name(), t == null ? null : t.source().name(),
                t == null || t.fallbackReason() == null ? null : t.fallbackReason().name(),
                t == null ? null : t.fallbackDetail(), t == null ? null : t.createdBy(), t == null ? null : t.createdAt(),
                t == null ? List.of() : t.lines().stream().map(l -> new LineView(l.lineIndex(), l.startMs(), l.endMs(),
                        l.speaker(), l.text())).toList(),
                list, recording, providers.speech() != null, providers.maxAudioBytes());
    }

    private static ProposalView proposalView(Proposal p) {
        return new ProposalView(p.id(), p.kind().name(), p.text(), p.ownerMention(), p.ownerUsername(), p.ownerStatus(),
                p.due(), p.duePhrase(), p.lines(), p.status().name(), p.decidedBy(), p.decidedAt(), p.version());
    }

    private static MeetingTranscript.StoredLine line(TranscriptLine l) {
        return new MeetingTranscript.StoredLine(l.index(), millis(l.start()), millis(l.end()),
                l.speaker() == null ? null : clip(l.speaker(), 60), l.text());
    }

    private static Long millis(Duration d) {
        return d == null ? null : d.toMillis();
    }

    private static TranscriptFormat format(String format) {
        String wanted = format.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (TranscriptFormat f : List.of(TranscriptFormat.WEBVTT, TranscriptFormat.SRT, TranscriptFormat.SPEAKER_LINES)) {
            if (f.name().equals(wanted) || (f == TranscriptFormat.WEBVTT && wanted.equals("VTT"))) {
                return f;
            }
        }
        throw new InvalidInputException("format", Text.of("problem.meeting.transcriptFormat", clip(format, 40)));
    }

    private static boolean working(Recording r) {
        return r.status() == Recording.Status.QUEUED || r.status() == Recording.Status.TRANSCRIBING;
    }

    private static int count(MinutesProposal p) {
        return p.decisions().size() + p.actionItems().size() + (p.summary() == null ? 0 : 1);
    }

    private static String lines(Proposal p) {
        return p.lines().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String clip(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
