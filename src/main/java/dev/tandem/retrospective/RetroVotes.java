package dev.tandem.retrospective;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetroVotes extends JpaRepository<RetroVote, Long> {

    List<RetroVote> findByRetrospectiveId(long retrospectiveId);

    List<RetroVote> findByRetrospectiveIdAndPersonId(long retrospectiveId, long personId);
}
