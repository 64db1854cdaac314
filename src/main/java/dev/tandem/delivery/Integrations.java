package dev.tandem.delivery;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Integrations extends JpaRepository<Integration, Long> {

    List<Integration> findByProjectIdOrderByIdAsc(long projectId);

    Optional<Integration> findByHookId(String hookId);
}
