package dev.tandem.workitem.internal;

import dev.tandem.system.Markdown;
import dev.tandem.system.SearchField.Part;
import dev.tandem.system.SearchField;
import dev.tandem.workitem.Priority;
import dev.tandem.workitem.WorkItemType;
import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

@Entity
@Table(name = "work_item")
@Indexed(index = "work_item")
public class WorkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @SearchField(Part.PROJECT)
    private Long projectId;
    @Column(name = "item_number")
    private int number;
    @Column(name = "item_key")
    @SearchField(Part.REF)
    private String key;
    @Column(name = "item_rank")
    private String rank;
    @Enumerated(EnumType.STRING)
    private WorkItemType type;
    private Long parentId;
    @SearchField(Part.TITLE)
    private String title;
    private String description;
    private Long statusId;
    private boolean blocked;
    private boolean majorTechnical;
    private String blockedReason;
    private Instant blockedSince;
    @Enumerated(EnumType.STRING)
    private Priority priority = Priority.MEDIUM;
    private Long assigneeId;
    private Long reporterId;
    private BigDecimal storyPoints;
    private BigDecimal estimateHours;
    private BigDecimal remainingHours;
    private BigDecimal optimisticDays;
    private BigDecimal mostLikelyDays;
    private BigDecimal pessimisticDays;
    private LocalDate plannedStart;
    private LocalDate plannedFinish;
    private LocalDate dueDate;
    private LocalDate actualStart;
    private LocalDate actualFinish;
    @Version
    private long version;
    private Instant createdAt;
    @SearchField(Part.AT)
    private Instant updatedAt;

    // loaded for a hundred items at a time: boards and Gantt charts read whole projects
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "work_item_label", joinColumns = @JoinColumn(name = "work_item_id"))
    @Column(name = "label")
    private Set<String> labels = new TreeSet<>();

    protected WorkItem() {
    }

    public WorkItem(long projectId, int number, String key, String rank, WorkItemType type, long statusId, long reporterId,
             Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.key = key;
        this.rank = rank;
        this.type = type;
        this.statusId = statusId;
        this.reporterId = reporterId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    int number() { return number; }
    public String key() { return key; }
    public String rank() { return rank; }
    public WorkItemType type() { return type; }
    public Long parentId() { return parentId; }
    public String title() { return title; }
    public String description() { return description; }
    public Long statusId() { return statusId; }
    public boolean blocked() { return blocked; }
    public boolean majorTechnical() { return majorTechnical; }
    public void setMajorTechnical(boolean majorTechnical) { this.majorTechnical = majorTechnical; }
    public String blockedReason() { return blockedReason; }
    public Instant blockedSince() { return blockedSince; }
    public Priority priority() { return priority; }
    public Long assigneeId() { return assigneeId; }
    public Long reporterId() { return reporterId; }
    public BigDecimal storyPoints() { return storyPoints; }
    public BigDecimal estimateHours() { return estimateHours; }
    public BigDecimal remainingHours() { return remainingHours; }
    public BigDecimal optimisticDays() { return optimisticDays; }
    public BigDecimal mostLikelyDays() { return mostLikelyDays; }
    public BigDecimal pessimisticDays() { return pessimisticDays; }
    public LocalDate plannedStart() { return plannedStart; }
    public LocalDate plannedFinish() { return plannedFinish; }
    public LocalDate dueDate() { return dueDate; }
    public LocalDate actualStart() { return actualStart; }
    public LocalDate actualFinish() { return actualFinish; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Set<String> labels() { return labels; }

    public void setType(WorkItemType type) { this.type = type; }
    public void setRank(String rank) { this.rank = rank; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public void setTitle(String title) { this.title = title; }
    public void setDescription(String description) { this.description = description; }
    public void setStatusId(Long statusId) { this.statusId = statusId; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    public void setStoryPoints(BigDecimal v) { this.storyPoints = v; }
    public void setEstimateHours(BigDecimal v) { this.estimateHours = v; }
    public void setRemainingHours(BigDecimal v) { this.remainingHours = v; }
    public void setOptimisticDays(BigDecimal v) { this.optimisticDays = v; }
    public void setMostLikelyDays(BigDecimal v) { this.mostLikelyDays = v; }
    public void setPessimisticDays(BigDecimal v) { this.pessimisticDays = v; }
    public void setPlannedStart(LocalDate d) { this.plannedStart = d; }
    public void setPlannedFinish(LocalDate d) { this.plannedFinish = d; }
    public void setDueDate(LocalDate d) { this.dueDate = d; }
    public void setActualStart(LocalDate d) { this.actualStart = d; }
    public void setActualFinish(LocalDate d) { this.actualFinish = d; }

    public void block(String reason, Instant now) {
        if (!blocked) {
            blockedSince = now;
        }
        blocked = true;
        blockedReason = reason;
    }

    public void unblock() {
        blocked = false;
        blockedReason = null;
        blockedSince = null;
    }

    public void replaceLabels(Set<String> newLabels) {
        labels.clear();
        labels.addAll(newLabels);
    }

    public void touched(Instant now) {
        updatedAt = now;
    }

    /** The text without its Markdown, so search snippets read as the page does. */
    @SearchField(Part.BODY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
    String getIndexedText() {
        return Markdown.plainText(description);
    }
}
