package dev.tandem.knowledge.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WikiPages extends JpaRepository<WikiPage, Long> {

    List<WikiPage> findBySpaceId(long spaceId);

    long countBySpaceId(long spaceId);

    Optional<WikiPage> findBySpaceIdAndTitleKey(long spaceId, String titleKey);

    List<WikiPage> findBySpaceIdAndTitleKeyIn(long spaceId, List<String> titleKeys);

    boolean existsByParentId(long parentId);

    @Query("select coalesce(max(p.position), -1) from WikiPage p where p.spaceId = ?1 and p.parentId is null")
    int lastTopPosition(long spaceId);

    @Query("select coalesce(max(p.position), -1) from WikiPage p where p.spaceId = ?1 and p.parentId = ?2")
    int lastChildPosition(long spaceId, long parentId);

    /** The position of the last page under the parent (null: at the top), -1 when it has none. */
    default int lastPosition(long spaceId, Long parentId) {
        return parentId == null ? lastTopPosition(spaceId) : lastChildPosition(spaceId, parentId);
    }
}
