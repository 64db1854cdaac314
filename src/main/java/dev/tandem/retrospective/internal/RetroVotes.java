package dev.tandem.retrospective.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetroVotes extends JpaRepository<RetroVote, Long> {

    List<RetroVote> findByRetrospectiveId(long retrospectiveId);

    List<RetroVote> findByRetrospectiveIdAndPersonId(long retrospectiveId, long personId);
}
