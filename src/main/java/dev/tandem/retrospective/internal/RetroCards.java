package dev.tandem.retrospective.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetroCards extends JpaRepository<RetroCard, Long> {

    List<RetroCard> findByRetrospectiveIdOrderByIdAsc(long retrospectiveId);

    long countByRetrospectiveId(long retrospectiveId);
}
