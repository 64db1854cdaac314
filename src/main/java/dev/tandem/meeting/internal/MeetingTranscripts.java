package dev.tandem.meeting.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingTranscripts extends JpaRepository<MeetingTranscript, Long> {
}
