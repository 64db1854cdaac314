package dev.tandem.meeting;

/** What a meeting is for; the weekly sync's agenda is written from the sync report. */
public enum MeetingKind {
    WEEKLY_SYNC, REVIEW_BOARD, PMO_ALIGNMENT, STANDUP, RETROSPECTIVE, OTHER
}
