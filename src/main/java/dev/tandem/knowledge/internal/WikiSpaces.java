package dev.tandem.knowledge.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WikiSpaces extends JpaRepository<WikiSpace, Long> {

    Optional<WikiSpace> findByProjectId(long projectId);

    Optional<WikiSpace> findBySpaceKeyIgnoreCase(String spaceKey);

    List<WikiSpace> findByProjectIdIsNullOrderByNameAsc();
}
