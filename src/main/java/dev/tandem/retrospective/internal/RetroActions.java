package dev.tandem.retrospective.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetroActions extends JpaRepository<RetroAction, Long> {

    List<RetroAction> findByRetrospectiveIdOrderByIdAsc(long retrospectiveId);
}
