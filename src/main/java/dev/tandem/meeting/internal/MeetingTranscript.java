package dev.tandem.meeting.internal;

import dev.tandem.meeting.transcript.ExtractionResult;
import dev.tandem.meeting.transcript.TranscriptFormat;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The transcript of a meeting (one per meeting; a new import or recording replaces it) and how its proposals came. */
@Entity
@Table(name = "meeting_transcript")
public class MeetingTranscript {

    @Id
    private Long meetingId;
    @Enumerated(EnumType.STRING)
    private TranscriptFormat format;
    @Enumerated(EnumType.STRING)
    private ExtractionResult.Source source;
    @Enumerated(EnumType.STRING)
    private ExtractionResult.FallbackReason fallbackReason;
    private String fallbackDetail;
    private String createdBy;
    private Instant createdAt;
    @ElementCollection
    @CollectionTable(name = "meeting_transcript_line", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderBy("lineIndex")
    private List<StoredLine> lines = new ArrayList<>();

    protected MeetingTranscript() {
    }

    public MeetingTranscript(long meetingId) {
        this.meetingId = meetingId;
    }

    public void replace(TranscriptFormat format, List<StoredLine> lines, ExtractionResult result, String by, Instant now) {
        this.format = format;
        this.lines.clear();
        this.lines.addAll(lines);
        this.source = result.source();
        this.fallbackReason = result.fallbackReason();
        this.fallbackDetail = result.fallbackDetail() == null ? null
                : result.fallbackDetail().length() <= 500 ? result.fallbackDetail() : result.fallbackDetail().substring(0, 500);
        this.createdBy = by;
        this.createdAt = now;
    }

    Long meetingId() { return meetingId; }
    public TranscriptFormat format() { return format; }
    public ExtractionResult.Source source() { return source; }
    public ExtractionResult.FallbackReason fallbackReason() { return fallbackReason; }
    public String fallbackDetail() { return fallbackDetail; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public List<StoredLine> lines() { return lines; }

    /** One line as stored; times in milliseconds from the start of the recording. */
    @Embeddable
    public static class StoredLine {
        private int lineIndex;
        private Long startMs;
        private Long endMs;
        private String speaker;
        private String text;

        protected StoredLine() {
        }

        public StoredLine(int lineIndex, Long startMs, Long endMs, String speaker, String text) {
            this.lineIndex = lineIndex;
            this.startMs = startMs;
            this.endMs = endMs;
            this.speaker = speaker;
            this.text = text;
        }

        public int lineIndex() { return lineIndex; }
        public Long startMs() { return startMs; }
        public Long endMs() { return endMs; }
        public String speaker() { return speaker; }
        public String text() { return text; }
    }
}
