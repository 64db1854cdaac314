package dev.tandem.retrospective;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetroGroups extends JpaRepository<RetroGroup, Long> {

    List<RetroGroup> findByRetrospectiveIdOrderByIdAsc(long retrospectiveId);
}
