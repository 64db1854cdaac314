package dev.tandem.meeting.internal;

import dev.tandem.meeting.transcript.AudioType;
import jakarta.persistence.*;
import java.time.Instant;

/** The audio recording of a meeting, kept for a retry, and the status of its speech-to-text job. */
@Entity
@Table(name = "meeting_recording")
public class Recording {

    public enum Status { QUEUED, TRANSCRIBING, DONE, FAILED }

    @Id
    private Long meetingId;
    private String filename;
    @Enumerated(EnumType.STRING)
    private AudioType audioType;
    private long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String reason;
    private int attempts;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Recording() {
    }

    public Recording(long meetingId) {
        this.meetingId = meetingId;
    }

    public void replace(String filename, AudioType type, byte[] content, String by, Instant now) {
        this.filename = filename;
        this.audioType = type;
        this.sizeBytes = content.length;
        this.content = content;
        this.createdBy = by;
        this.createdAt = now;
        this.attempts = 0;
        queue(now);
    }

    public void queue(Instant now) {
        this.status = Status.QUEUED;
        this.reason = null;
        this.updatedAt = now;
    }

    public void transcribing(Instant now) {
        this.status = Status.TRANSCRIBING;
        this.attempts++;
        this.updatedAt = now;
    }

    public void done(Instant now) {
        this.status = Status.DONE;
        this.reason = null;
        this.updatedAt = now;
    }

    public void failed(String reason, Instant now) {
        this.status = Status.FAILED;
        this.reason = reason == null ? "unknown" : reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.updatedAt = now;
    }

    Long meetingId() { return meetingId; }
    public String filename() { return filename; }
    AudioType audioType() { return audioType; }
    long sizeBytes() { return sizeBytes; }
    public byte[] content() { return content; }
    public Status status() { return status; }
    String reason() { return reason; }
    public int attempts() { return attempts; }
    public String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
