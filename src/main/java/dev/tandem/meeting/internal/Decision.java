package dev.tandem.meeting.internal;

import dev.tandem.system.SearchField.Part;
import dev.tandem.system.SearchField;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/** A decision taken in a meeting, optionally linked to a charter ADR or a change request of the project. */
@Entity
@Table(name = "meeting_decision")
@Indexed(index = "meeting_decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    @SearchField(Part.PROJECT)
    private Long projectId;
    private LocalDate decidedOn;
    @SearchField(Part.BODY)
    private String text;
    private Integer adrNumber;
    private String changeRequest;
    private String createdBy;
    @SearchField(Part.AT)
    private Instant createdAt;

    protected Decision() {
    }

    public Decision(long meetingId, long projectId, LocalDate decidedOn, String text, Integer adrNumber, String changeRequest,
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

    public Long id() { return id; }
    public Long meetingId() { return meetingId; }
    public LocalDate decidedOn() { return decidedOn; }
    public String text() { return text; }
    public Integer adrNumber() { return adrNumber; }
    public String changeRequest() { return changeRequest; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }

    /** The meeting, for the link of a search hit. */
    @SearchField(Part.REF)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedMeeting() {
        return String.valueOf(meetingId);
    }

    // every index answers the same fields so one query spans them; a decision is all text, no title
    @SearchField(Part.TITLE)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedTitle() {
        return null;
    }
}
