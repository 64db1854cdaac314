package dev.tandem.knowledge.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WikiLinks extends JpaRepository<WikiLink, Long> {

    @Modifying
    @Query("delete from WikiLink l where l.pageId = ?1")
    void deleteByPageId(long pageId);

    @Query("select distinct l.pageId from WikiLink l where l.titleKey = ?1")
    List<Long> pagesLinkingTo(String titleKey);

    @Query("select distinct l.pageId from WikiLink l where l.itemKey = ?1")
    List<Long> pagesMentioning(String itemKey);
}
