package dev.tandem.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WikiPages extends JpaRepository<WikiPage, Long> {

    List<WikiPage> findBySpaceId(long spaceId);

    Optional<WikiPage> findBySpaceIdAndTitleKey(long spaceId, String titleKey);

    List<WikiPage> findBySpaceIdAndTitleKeyIn(long spaceId, List<String> titleKeys);

    boolean existsByParentId(long parentId);

    @Query("select coalesce(max(p.position), -1) from WikiPage p where p.spaceId = ?1 and "
            + "((?2 is null and p.parentId is null) or p.parentId = ?2)")
    int lastPosition(long spaceId, Long parentId);
}
