package dev.tandem.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Decisions extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderByIdAsc(long meetingId);

    List<Decision> findByProjectIdAndDecidedOnBetweenOrderByDecidedOnAscIdAsc(long projectId, LocalDate from, LocalDate to);
}
