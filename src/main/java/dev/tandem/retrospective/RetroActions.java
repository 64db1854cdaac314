package dev.tandem.retrospective;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetroActions extends JpaRepository<RetroAction, Long> {

    List<RetroAction> findByRetrospectiveIdOrderByIdAsc(long retrospectiveId);
}
