package dev.tandem.workitem;

import dev.tandem.shared.SearchFields;
import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

@Entity
@Table(name = "item_comment")
@Indexed(index = "item_comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workItemId;
    // read only, for the index: the project and key of the item never change, so the comment needs no re-indexing
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "workItemId", insertable = false, updatable = false)
    private WorkItem item;
    private Long authorId;
    @FullTextField(name = SearchFields.BODY, analyzer = SearchFields.ENGLISH, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = SearchFields.BODY_ZH, analyzer = SearchFields.CHINESE, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    private String body;
    @Version
    private long version;
    private Instant createdAt;
    @GenericField(name = SearchFields.AT, projectable = Projectable.YES, sortable = Sortable.YES)
    private Instant updatedAt;

    protected Comment() {
    }

    Comment(WorkItem item, long authorId, String body, Instant now) {
        this.workItemId = item.id();
        this.item = item;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long id() { return id; }
    Long workItemId() { return workItemId; }
    Long authorId() { return authorId; }
    String body() { return body; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    @GenericField(name = SearchFields.PROJECT_ID, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Long getIndexedProjectId() {
        return item.projectId();
    }

    @KeywordField(name = SearchFields.REF, normalizer = SearchFields.LOWERCASE, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedItemKey() {
        return item.key();
    }

    // every index answers the same fields so one query spans them; a comment has no title of its own
    @FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.ENGLISH, projectable = Projectable.YES)
    @FullTextField(name = SearchFields.TITLE_ZH, analyzer = SearchFields.CHINESE)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedTitle() {
        return null;
    }

    void edit(String body, Instant now) {
        this.body = body;
        this.updatedAt = now;
    }
}
