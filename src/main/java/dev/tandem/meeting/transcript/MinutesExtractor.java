package dev.tandem.meeting.transcript;

/** Proposes decisions, action items and a summary from a transcript. */
public interface MinutesExtractor {

    ExtractionResult extract(Transcript transcript, MeetingContext context);
}
