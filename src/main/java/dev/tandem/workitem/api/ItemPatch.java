package dev.tandem.workitem.api;

import dev.tandem.workitem.ItemFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A partial edit of a work item: only the fields present in the JSON change, and a field sent as
 * {@code null} is emptied. Jackson calls a setter only for a field that is present, which is how the
 * two are told apart.
 */
class ItemPatch {

    private final Set<String> nulls = new HashSet<>();
    private Long version;
    private String type;
    private String title;
    private String description;
    private String status;
    private Boolean blocked;
    private String blockedReason;
    private String priority;
    private String assignee;
    private String parent;
    private Set<String> labels;
    private BigDecimal storyPoints;
    private BigDecimal estimateHours;
    private BigDecimal optimisticDays;
    private BigDecimal mostLikelyDays;
    private BigDecimal pessimisticDays;
    private BigDecimal remainingHours;
    private LocalDate plannedStart;
    private LocalDate plannedFinish;
    private LocalDate dueDate;

    ItemFields fields() {
        return new ItemFields(type, title, description, status, blocked, blockedReason, priority, assignee, parent,
                labels, storyPoints, estimateHours, optimisticDays, mostLikelyDays, pessimisticDays, plannedStart,
                plannedFinish, dueDate, remainingHours, nulls);
    }

    private <T> T track(String field, T value) {
        if (value == null) {
            nulls.add(field);
        }
        return value;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String v) { this.description = track("description", v); }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Boolean getBlocked() { return blocked; }
    public void setBlocked(Boolean blocked) { this.blocked = blocked; }
    public String getBlockedReason() { return blockedReason; }
    public void setBlockedReason(String blockedReason) { this.blockedReason = blockedReason; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String v) { this.assignee = track("assignee", v); }
    public String getParent() { return parent; }
    public void setParent(String v) { this.parent = track("parent", v); }
    public Set<String> getLabels() { return labels; }
    public void setLabels(Set<String> v) { this.labels = track("labels", v); }
    public BigDecimal getStoryPoints() { return storyPoints; }
    public void setStoryPoints(BigDecimal v) { this.storyPoints = track("storyPoints", v); }
    public BigDecimal getEstimateHours() { return estimateHours; }
    public void setEstimateHours(BigDecimal v) { this.estimateHours = track("estimateHours", v); }
    public BigDecimal getOptimisticDays() { return optimisticDays; }
    public void setOptimisticDays(BigDecimal v) { this.optimisticDays = track("optimisticDays", v); }
    public BigDecimal getMostLikelyDays() { return mostLikelyDays; }
    public void setMostLikelyDays(BigDecimal v) { this.mostLikelyDays = track("mostLikelyDays", v); }
    public BigDecimal getPessimisticDays() { return pessimisticDays; }
    public void setPessimisticDays(BigDecimal v) { this.pessimisticDays = track("pessimisticDays", v); }
    public BigDecimal getRemainingHours() { return remainingHours; }
    public void setRemainingHours(BigDecimal v) { this.remainingHours = track("remainingHours", v); }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate v) { this.plannedStart = track("plannedStart", v); }
    public LocalDate getPlannedFinish() { return plannedFinish; }
    public void setPlannedFinish(LocalDate v) { this.plannedFinish = track("plannedFinish", v); }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate v) { this.dueDate = track("dueDate", v); }
}
