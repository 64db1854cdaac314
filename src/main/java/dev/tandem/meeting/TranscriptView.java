package dev.tandem.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting's transcript, the proposals read from it and its recording. {@code source} is OFFLINE, LLM or
 * OFFLINE_FALLBACK (then {@code fallbackReason} TIMEOUT, UNREACHABLE, HTTP_ERROR or INVALID_OUTPUT says why the
 * offline proposals stand). Everything but {@code speechConfigured} and {@code maxAudioBytes} is null/empty before
 * anything was imported or recorded.
 */
public record TranscriptView(long meetingId, String format, String source, String fallbackReason,
                             String fallbackDetail, String createdBy, Instant createdAt, List<LineView> lines,
                             List<ProposalView> proposals, RecordingView recording, boolean speechConfigured,
                             long maxAudioBytes) {

    /** One transcript line; {@code start}/{@code end} in milliseconds from the start, or null. */
    public record LineView(int index, Long start, Long end, String speaker, String text) {

        /** The start as h:mm:ss or m:ss, for pages. */
        public String clock() {
            if (start == null) {
                return null;
            }
            long s = start / 1000;
            return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format("%d:%02d", s / 60, s % 60);
        }
    }

    /**
     * A proposal: kind DECISION, ACTION or SUMMARY; status PENDING, ACCEPTED or DISCARDED. For an action item the
     * owner as said ({@code ownerMention}), the member it resolved to ({@code ownerUsername}) and
     * {@code ownerStatus} RESOLVED, UNKNOWN or AMBIGUOUS; the due date and the phrase it came from.
     */
    public record ProposalView(long id, String kind, String text, String ownerMention, String ownerUsername,
                               String ownerStatus, LocalDate due, String duePhrase, List<Integer> lines,
                               String status, String decidedBy, Instant decidedAt, long version) {

        public boolean pending() {
            return "PENDING".equals(status);
        }
    }

    /** The recording; status QUEUED, TRANSCRIBING, DONE or FAILED with {@code reason}. */
    public record RecordingView(String filename, String type, long sizeBytes, String status, String reason,
                                int attempts, Instant updatedAt) {

        public boolean working() {
            return "QUEUED".equals(status) || "TRANSCRIBING".equals(status);
        }
    }

    public boolean hasPending() {
        return proposals.stream().anyMatch(ProposalView::pending);
    }
}
