package dev.tandem.delivery.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Integrations extends JpaRepository<Integration, Long> {

    List<Integration> findByProjectIdOrderByIdAsc(long projectId);

    Optional<Integration> findByHookId(String hookId);
}
