package dev.tandem.change.web;

import dev.tandem.change.ProposedChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The change-request form: a title, a reason, a quality rating and up to five steps; blank steps are ignored. */
public class DraftForm {

    private String title;
    private String reason;
    private Integer qualityRating;
    private String qualityRationale;
    private List<Step> steps = new ArrayList<>();

    /** A first step from query parameters, as the Gantt sends when a baselined milestone is dragged. */
    private String op;
    private String item;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedFinish;

    public static class Step {
        private String op;
        private String item;
        private String type;
        private String title;
        private BigDecimal mostLikelyDays;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate plannedStart;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate plannedFinish;
        private String predecessor;
        private String assignee;

        boolean blank() {
            return op == null || op.isBlank();
        }

        ProposedChange change() {
            String predecessor = blankToNull(this.predecessor);
            return switch (op) {
                case "setEstimate" -> new ProposedChange.SetEstimate(blankToNull(item), mostLikelyDays, null, null);
                case "setDates" -> new ProposedChange.SetDates(blankToNull(item), plannedStart, plannedFinish);
                case "setAssignee" -> new ProposedChange.SetAssignee(blankToNull(item), blankToNull(assignee));
                case "removeItem" -> new ProposedChange.RemoveItem(blankToNull(item));
                case "addDependency" -> new ProposedChange.AddDependency(blankToNull(item), predecessor, blankToNull(type), 0);
                case "addItem" -> new ProposedChange.AddItem(blankToNull(type), blankToNull(title), mostLikelyDays, null,
                        null, predecessor == null ? null : List.of(predecessor), plannedStart, plannedFinish,
                        blankToNull(assignee));
                // the page offers only the kinds above; validation refuses anything else with its usual message
                default -> new ProposedChange.Unrecognised(op);
            };
        }

        public String getOp() { return op; }
        public void setOp(String op) { this.op = op; }
        public String getItem() { return item; }
        public void setItem(String item) { this.item = item; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public BigDecimal getMostLikelyDays() { return mostLikelyDays; }
        public void setMostLikelyDays(BigDecimal mostLikelyDays) { this.mostLikelyDays = mostLikelyDays; }
        public LocalDate getPlannedStart() { return plannedStart; }
        public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
        public LocalDate getPlannedFinish() { return plannedFinish; }
        public void setPlannedFinish(LocalDate plannedFinish) { this.plannedFinish = plannedFinish; }
        public String getPredecessor() { return predecessor; }
        public void setPredecessor(String predecessor) { this.predecessor = predecessor; }
        public String getAssignee() { return assignee; }
        public void setAssignee(String assignee) { this.assignee = assignee; }
    }

    List<ProposedChange> changes() {
        return steps.stream().filter(s -> !s.blank()).limit(ChangeRequestPages.STEP_ROWS).map(Step::change).toList();
    }

    /** Fills the form up to the shown number of step rows, with the pre-filled step first. */
    DraftForm padded() {
        if (steps.stream().allMatch(Step::blank) && op != null) {
            Step first = new Step();
            first.setOp(op);
            first.setItem(item);
            first.setPlannedStart(plannedStart);
            first.setPlannedFinish(plannedFinish);
            steps = new ArrayList<>(List.of(first));
        }
        while (steps.size() < ChangeRequestPages.STEP_ROWS) {
            steps.add(new Step());
        }
        if (steps.size() > ChangeRequestPages.STEP_ROWS) {
            steps = new ArrayList<>(steps.subList(0, ChangeRequestPages.STEP_ROWS));
        }
        return this;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Integer getQualityRating() { return qualityRating; }
    public void setQualityRating(Integer qualityRating) { this.qualityRating = qualityRating; }
    public String getQualityRationale() { return qualityRationale; }
    public void setQualityRationale(String qualityRationale) { this.qualityRationale = qualityRationale; }
    public List<Step> getSteps() { return steps; }
    public void setSteps(List<Step> steps) { this.steps = steps; }
    public String getOp() { return op; }
    public void setOp(String op) { this.op = op; }
    public String getItem() { return item; }
    public void setItem(String item) { this.item = item; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public LocalDate getPlannedFinish() { return plannedFinish; }
    public void setPlannedFinish(LocalDate plannedFinish) { this.plannedFinish = plannedFinish; }
}
