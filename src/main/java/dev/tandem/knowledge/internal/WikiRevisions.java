package dev.tandem.knowledge.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WikiRevisions extends JpaRepository<WikiRevision, Long> {

    List<WikiRevision> findByPageIdOrderByNumberDesc(long pageId);

    Optional<WikiRevision> findByPageIdAndNumber(long pageId, int number);

    /** The latest revision the page had at a version: what an editor who opened that version saw. */
    Optional<WikiRevision> findFirstByPageIdAndPageVersionLessThanEqualOrderByNumberDesc(long pageId, long pageVersion);

    @Modifying
    @Query("delete from WikiRevision r where r.pageId = ?1")
    void deleteByPageId(long pageId);
}
