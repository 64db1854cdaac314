package dev.tandem.knowledge.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import dev.tandem.knowledge.AttachmentView;

public interface WikiAttachments extends JpaRepository<WikiAttachment, Long> {

    /** The attachments of a page without their bytes. */
    @Query("select new dev.tandem.knowledge.AttachmentView(a.name, a.contentType, a.sizeBytes, a.uploadedBy, a.uploadedAt) "
            + "from WikiAttachment a where a.pageId = ?1 order by a.name")
    List<AttachmentView> listByPage(long pageId);

    Optional<WikiAttachment> findByPageIdAndName(long pageId, String name);

    @Modifying
    @Query("delete from WikiAttachment a where a.pageId = ?1")
    void deleteByPageId(long pageId);

    boolean existsByPageIdAndName(long pageId, String name);
}
