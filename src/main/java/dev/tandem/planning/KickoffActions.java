package dev.tandem.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface KickoffActions extends JpaRepository<KickoffAction, Long> {

    List<KickoffAction> findByProjectIdOrderByIdAsc(long projectId);
}
