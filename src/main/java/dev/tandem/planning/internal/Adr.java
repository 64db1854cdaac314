package dev.tandem.planning.internal;

import dev.tandem.planning.AdrStatus;

import dev.tandem.system.SearchField.Part;
import dev.tandem.system.SearchField;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** An architecture decision record of the project, numbered within it. */
@Entity
@Table(name = "adr")
@Indexed(index = "adr")
public class Adr {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @SearchField(Part.PROJECT)
    private Long projectId;
    @Column(name = "adr_number")
    private int number;
    @SearchField(Part.TITLE)
    private String title;
    private String context;
    private String decision;
    private String consequences;
    @Enumerated(EnumType.STRING)
    private AdrStatus status = AdrStatus.PROPOSED;
    @Column(name = "superseded_by")
    private Long supersededBy;
    @Version
    private long version;
    @SearchField(Part.AT)
    private Instant createdAt;
    private String createdBy;

    protected Adr() {
    }

    public Adr(long projectId, int number, String createdBy, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Context, decision and consequences, searched as one text. */
    @SearchField(Part.BODY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "context")),
            @ObjectPath(@PropertyValue(propertyName = "decision")),
            @ObjectPath(@PropertyValue(propertyName = "consequences"))})
    public String getIndexedText() {
        return Stream.of(context, decision, consequences).filter(Objects::nonNull).collect(Collectors.joining("\n\n"));
    }

    /** "ADR-3": the number never changes. */
    @SearchField(Part.REF)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getIndexedNumber() {
        return "ADR-" + number;
    }

    public Long id() { return id; }
    public int number() { return number; }
    public String title() { return title; }
    public String context() { return context; }
    public String decision() { return decision; }
    public String consequences() { return consequences; }
    public AdrStatus status() { return status; }
    public Long supersededBy() { return supersededBy; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }

    public void setTitle(String title) { this.title = title; }
    public void setContext(String context) { this.context = context; }
    public void setDecision(String decision) { this.decision = decision; }
    public void setConsequences(String consequences) { this.consequences = consequences; }
    public void setStatus(AdrStatus status, Long supersededBy) {
        this.status = status;
        this.supersededBy = supersededBy;
    }
}
