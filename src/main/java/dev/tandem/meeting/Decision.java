package dev.tandem.meeting;

import jakarta.persistence.*;
import dev.tandem.shared.SearchFields;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import java.time.Instant;
import java.time.LocalDate;

/** A decision taken in a meeting, optionally linked to a charter ADR or a change request of the project. */
@Entity
@Table(name = "meeting_decision")
@Indexed(index = "meeting_decision")
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    @GenericField(name = SearchFields.PROJECT_ID, projectable = Projectable.YES)
    private Long projectId;
    private LocalDate decidedOn;
    @FullTextField(name = SearchFields.BODY, analyzer = SearchFields.ENGLISH, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = SearchFields.BODY_ZH, analyzer = SearchFields.CHINESE, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    private String text;
    private Integer adrNumber;
    private String changeRequest;
    private String createdBy;
    @GenericField(name = SearchFields.AT, projectable = Projectable.YES, sortable = Sortable.YES)
    private Instant createdAt;

    protected Decision() {
    }

    Decision(long meetingId, long projectId, LocalDate decidedOn, String text, Integer adrNumber, String changeRequest,
             String createdBy, Instant now) {
        this.meetingId = meetingId;
        this.projectId = projectId;
        this.decidedOn = decidedOn;
        this.text = text;
        this.adrNumber = adrNumber;
        this.changeRequest = changeRequest;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long meetingId() { return meetingId; }
    LocalDate decidedOn() { return decidedOn; }
    String text() { return text; }
    Integer adrNumber() { return adrNumber; }
    String changeRequest() { return changeRequest; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }

    /** The meeting, for the link of a search hit. */
    @KeywordField(name = SearchFields.REF, normalizer = SearchFields.LOWERCASE, projectable = Projectable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedMeeting() {
        return String.valueOf(meetingId);
    }

    // every index answers the same fields so one query spans them; a decision is all text, no title
    @FullTextField(name = SearchFields.TITLE, analyzer = SearchFields.ENGLISH, projectable = Projectable.YES)
    @FullTextField(name = SearchFields.TITLE_ZH, analyzer = SearchFields.CHINESE)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedTitle() {
        return null;
    }
}
