package dev.tandem.knowledge.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WikiTemplates extends JpaRepository<WikiTemplate, Long> {

    List<WikiTemplate> findBySpaceIdOrderByNameAsc(long spaceId);

    boolean existsBySpaceIdAndNameKey(long spaceId, String nameKey);
}
