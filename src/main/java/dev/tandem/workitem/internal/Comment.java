package dev.tandem.workitem.internal;

import dev.tandem.system.Markdown;
import dev.tandem.system.SearchField.Part;
import dev.tandem.system.SearchField;
import jakarta.persistence.*;
import java.time.Instant;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

@Entity
@Table(name = "item_comment")
@Indexed(index = "item_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workItemId;
    // read only, for the index: the project and key of the item never change, so the comment needs no re-indexing
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "workItemId", insertable = false, updatable = false)
    private WorkItem item;
    private Long authorId;
    private String body;
    @Version
    private long version;
    private Instant createdAt;
    @SearchField(Part.AT)
    private Instant updatedAt;

    protected Comment() {
    }

    public Comment(WorkItem item, long authorId, String body, Instant now) {
        this.workItemId = item.id();
        this.item = item;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public Long workItemId() { return workItemId; }
    public Long authorId() { return authorId; }
    public String body() { return body; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    @SearchField(Part.PROJECT)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Long getIndexedProjectId() {
        return item.projectId();
    }

    @SearchField(Part.REF)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedItemKey() {
        return item.key();
    }

    // every index answers the same fields so one query spans them; a comment has no title of its own
    @SearchField(Part.TITLE)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedTitle() {
        return null;
    }

    public void edit(String body, Instant now) {
        this.body = body;
        this.updatedAt = now;
    }

    /** The text without its Markdown, so search snippets read as the page does. */
    @SearchField(Part.BODY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    String getIndexedText() {
        return Markdown.plainText(body);
    }
}
