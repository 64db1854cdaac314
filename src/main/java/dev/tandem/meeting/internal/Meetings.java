package dev.tandem.meeting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Meetings extends JpaRepository<Meeting, Long> {

    List<Meeting> findByProjectIdOrderByStartsAtDescIdDesc(long projectId);

    List<Meeting> findBySeriesOrderByStartsAtAscIdAsc(String series);
}
