package dev.tandem.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingTranscripts extends JpaRepository<MeetingTranscript, Long> {
}
