package dev.tandem.knowledge;

import dev.tandem.system.Markdown;
import dev.tandem.system.SearchField.Part;
import dev.tandem.system.SearchField;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** A page: its current title and text, its place in the space's tree, and the number of its latest revision. */
@Entity
@Table(name = "wiki_page")
@Indexed(index = "wiki_page")
class WikiPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long spaceId;
    // read only, for the index: a page never changes space, nor a space its project
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "spaceId", insertable = false, updatable = false)
    private WikiSpace space;
    private Long parentId;
    private int position;
    @SearchField(Part.TITLE)
    private String title;
    private String titleKey;
    private String body;
    private int revision;
    private String updatedBy;
    @SearchField(Part.AT)
    private Instant updatedAt;
    @Version
    private long version;

    protected WikiPage() {
    }

    WikiPage(WikiSpace space, Long parentId, int position, String title, String body, String author, Instant now) {
        this.spaceId = space.id();
        this.space = space;
        this.parentId = parentId;
        this.position = position;
        this.revision = 1;
        write(title, body, author, now);
    }

    static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }

    void write(String title, String body, String author, Instant now) {
        this.title = title;
        this.titleKey = key(title);
        this.body = body;
        this.updatedBy = author;
        this.updatedAt = now;
    }

    void nextRevision() {
        revision++;
    }

    void place(Long parentId, int position) {
        this.parentId = parentId;
        this.position = position;
    }

    /** Absent for a page of an organisation space, which everyone signed in may read. */
    @SearchField(Part.PROJECT)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    Long getIndexedProjectId() {
        return space.projectId();
    }

    /** The space's key, shown beside the title of a hit. */
    @SearchField(Part.REF)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedSpaceKey() {
        return space.spaceKey();
    }

    Long id() { return id; }
    long spaceId() { return spaceId; }
    Long parentId() { return parentId; }
    int position() { return position; }
    String title() { return title; }
    String body() { return body; }
    int revision() { return revision; }
    String updatedBy() { return updatedBy; }
    Instant updatedAt() { return updatedAt; }
    long version() { return version; }

    /** The text without its Markdown, so search snippets read as the page does. */
    @SearchField(Part.BODY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    String getIndexedText() {
        return Markdown.plainText(body);
    }
}
