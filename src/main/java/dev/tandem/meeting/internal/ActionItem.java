package dev.tandem.meeting.internal;

import dev.tandem.system.SearchField.Part;
import dev.tandem.system.SearchField;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import dev.tandem.meeting.ActionStatus;

/**
 * An action item agreed in a meeting: an owner (a member when agreed; flagged, never removed, once they leave), a due
 * date, a status, and the key of the work item it became.
 */
@Entity
@Table(name = "meeting_action")
@Indexed(index = "meeting_action")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    @SearchField(Part.PROJECT)
    private Long projectId;
    private String series;
    private LocalDate agreedOn;
    @SearchField(Part.TITLE)
    private String title;
    private Long ownerId;
    private LocalDate due;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    private String itemKey;
    @Version
    private long version;
    private String createdBy;
    @SearchField(Part.AT)
    private Instant createdAt;

    protected ActionItem() {
    }

    public ActionItem(long meetingId, long projectId, String series, LocalDate agreedOn, String title, long ownerId,
               LocalDate due, String createdBy, Instant now) {
        this.meetingId = meetingId;
        this.projectId = projectId;
        this.series = series;
        this.agreedOn = agreedOn;
        this.title = title;
        this.ownerId = ownerId;
        this.due = due;
        this.status = ActionStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Long meetingId() { return meetingId; }
    Long projectId() { return projectId; }
    String series() { return series; }
    public LocalDate agreedOn() { return agreedOn; }
    public String title() { return title; }
    public Long ownerId() { return ownerId; }
    public LocalDate due() { return due; }
    public ActionStatus status() { return status; }
    public String itemKey() { return itemKey; }
    public long version() { return version; }

    public void setOwnerId(long ownerId) { this.ownerId = ownerId; }
    public void setDue(LocalDate due) { this.due = due; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public void becameItem(String itemKey) { this.itemKey = itemKey; }

    /** The meeting, for the link of a search hit. */
    @SearchField(Part.REF)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedMeeting() {
        return String.valueOf(meetingId);
    }

    // every index answers the same fields so one query spans them; an action item is its title alone
    @SearchField(Part.BODY)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedBody() {
        return null;
    }
}
