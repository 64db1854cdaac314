package dev.tandem.meeting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Proposals extends JpaRepository<Proposal, Long> {

    List<Proposal> findByMeetingIdOrderByPositionAscIdAsc(long meetingId);

    List<Proposal> findByMeetingIdAndStatus(long meetingId, Proposal.Status status);
}
