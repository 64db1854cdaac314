package dev.tandem.meeting.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Recordings extends JpaRepository<Recording, Long> {

    List<Recording> findByStatusIn(List<Recording.Status> statuses);

    /** The recording without its audio, for pages that poll its status (enums as their names: the proxy is public). */
    Optional<Status> findStatusByMeetingId(long meetingId);

    interface Status {
        String getFilename();

        String getAudioType();

        long getSizeBytes();

        String getStatus();

        String getReason();

        int getAttempts();

        Instant getUpdatedAt();
    }
}
