package dev.tandem.planning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KickoffActions extends JpaRepository<KickoffAction, Long> {

    List<KickoffAction> findByProjectIdOrderByIdAsc(long projectId);
}
