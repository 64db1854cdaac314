package dev.tandem.retrospective.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetroGroups extends JpaRepository<RetroGroup, Long> {

    List<RetroGroup> findByRetrospectiveIdOrderByIdAsc(long retrospectiveId);
}
