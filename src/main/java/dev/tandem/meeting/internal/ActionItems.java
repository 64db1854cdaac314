package dev.tandem.meeting.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItems extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderByIdAsc(long meetingId);

    List<ActionItem> findByProjectId(long projectId);

    List<ActionItem> findBySeriesAndAgreedOnLessThanEqualOrderByAgreedOnAscIdAsc(String series, LocalDate until);

    List<ActionItem> findByProjectIdAndAgreedOnLessThanEqualOrderByAgreedOnAscIdAsc(long projectId, LocalDate until);
}
