package dev.tandem.retrospective;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetroCards extends JpaRepository<RetroCard, Long> {

    List<RetroCard> findByRetrospectiveIdOrderByIdAsc(long retrospectiveId);

    long countByRetrospectiveId(long retrospectiveId);
}
