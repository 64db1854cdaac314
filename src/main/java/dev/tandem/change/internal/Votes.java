package dev.tandem.change.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Votes extends JpaRepository<Vote, Long> {

    List<Vote> findByChangeRequestIdOrderByVotedAt(long changeRequestId);

    Optional<Vote> findByChangeRequestIdAndPersonId(long changeRequestId, long personId);

    void deleteByChangeRequestId(long changeRequestId);
}
