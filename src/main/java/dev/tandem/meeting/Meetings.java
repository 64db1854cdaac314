package dev.tandem.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, Long> {

    List<Meeting> findByProjectIdOrderByStartsAtDescIdDesc(long projectId);

    List<Meeting> findBySeriesOrderByStartsAtAscIdAsc(String series);
}
