package dev.tandem.knowledge.internal;

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
public class WikiPage {

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

    public WikiPage(WikiSpace space, Long parentId, int position, String title, String body, String author, Instant now) {
        this.spaceId = space.id();
        this.space = space;
        this.parentId = parentId;
        this.position = position;
        this.revision = 1;
        write(title, body, author, now);
    }

    public static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }

    public void write(String title, String body, String author, Instant now) {
        this.title = title;
        this.titleKey = key(title);
        this.body = body;
        this.updatedBy = author;
        this.updatedAt = now;
    }

    public void nextRevision() {
        revision++;
    }

    public void place(Long parentId, int position) {
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

    public Long id() { return id; }
    public long spaceId() { return spaceId; }
    public Long parentId() { return parentId; }
    public int position() { return position; }
    public String title() { return title; }
    public String body() { return body; }
    public int revision() { return revision; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    /** The text without its Markdown, so search snippets read as the page does. */
    @SearchField(Part.BODY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    String getIndexedText() {
        return Markdown.plainText(body);
    }
}
