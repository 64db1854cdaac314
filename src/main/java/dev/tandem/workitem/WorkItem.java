package dev.tandem.workitem;

import dev.tandem.system.Markdown;
import dev.tandem.system.SearchField.Part;
import dev.tandem.system.SearchField;
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
class WorkItem {

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

    WorkItem(long projectId, int number, String key, String rank, WorkItemType type, long statusId, long reporterId,
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

    Long id() { return id; }
    Long projectId() { return projectId; }
    int number() { return number; }
    String key() { return key; }
    String rank() { return rank; }
    WorkItemType type() { return type; }
    Long parentId() { return parentId; }
    String title() { return title; }
    String description() { return description; }
    Long statusId() { return statusId; }
    boolean blocked() { return blocked; }
    boolean majorTechnical() { return majorTechnical; }
    void setMajorTechnical(boolean majorTechnical) { this.majorTechnical = majorTechnical; }
    String blockedReason() { return blockedReason; }
    Instant blockedSince() { return blockedSince; }
    Priority priority() { return priority; }
    Long assigneeId() { return assigneeId; }
    Long reporterId() { return reporterId; }
    BigDecimal storyPoints() { return storyPoints; }
    BigDecimal estimateHours() { return estimateHours; }
    BigDecimal remainingHours() { return remainingHours; }
    BigDecimal optimisticDays() { return optimisticDays; }
    BigDecimal mostLikelyDays() { return mostLikelyDays; }
    BigDecimal pessimisticDays() { return pessimisticDays; }
    LocalDate plannedStart() { return plannedStart; }
    LocalDate plannedFinish() { return plannedFinish; }
    LocalDate dueDate() { return dueDate; }
    LocalDate actualStart() { return actualStart; }
    LocalDate actualFinish() { return actualFinish; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Set<String> labels() { return labels; }

    void setType(WorkItemType type) { this.type = type; }
    void setRank(String rank) { this.rank = rank; }
    void setParentId(Long parentId) { this.parentId = parentId; }
    void setTitle(String title) { this.title = title; }
    void setDescription(String description) { this.description = description; }
    void setStatusId(Long statusId) { this.statusId = statusId; }
    void setPriority(Priority priority) { this.priority = priority; }
    void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    void setStoryPoints(BigDecimal v) { this.storyPoints = v; }
    void setEstimateHours(BigDecimal v) { this.estimateHours = v; }
    void setRemainingHours(BigDecimal v) { this.remainingHours = v; }
    void setOptimisticDays(BigDecimal v) { this.optimisticDays = v; }
    void setMostLikelyDays(BigDecimal v) { this.mostLikelyDays = v; }
    void setPessimisticDays(BigDecimal v) { this.pessimisticDays = v; }
    void setPlannedStart(LocalDate d) { this.plannedStart = d; }
    void setPlannedFinish(LocalDate d) { this.plannedFinish = d; }
    void setDueDate(LocalDate d) { this.dueDate = d; }
    void setActualStart(LocalDate d) { this.actualStart = d; }
    void setActualFinish(LocalDate d) { this.actualFinish = d; }

    void block(String reason, Instant now) {
        if (!blocked) {
            blockedSince = now;
        }
        blocked = true;
        blockedReason = reason;
    }

    void unblock() {
        blocked = false;
        blockedReason = null;
        blockedSince = null;
    }

    void replaceLabels(Set<String> newLabels) {
        labels.clear();
        labels.addAll(newLabels);
    }

    void touched(Instant now) {
        updatedAt = now;
    }

    /** The text without its Markdown, so search snippets read as the page does. */
    @SearchField(Part.BODY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "description")))
    String getIndexedText() {
        return Markdown.plainText(description);
    }
}
