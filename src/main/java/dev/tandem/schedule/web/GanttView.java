package dev.tandem.schedule.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.schedule.BaselineSummary;
import dev.tandem.schedule.MilestoneConfidenceSource;
import dev.tandem.schedule.ScheduleConflict;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.StatusCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the Gantt script draws: the rows in hierarchy order with the chosen baseline's dates and the dates a ready
 * plan of the scheduling assistant proposes (ghost bars), the links, the
 * calendar's working days, the conflicts, whether the viewer may move bars, and the milestones' simulated P50 and P85
 * (empty without milestones or without a simulating module).
 */
record GanttView(String project, LocalDate start, LocalDate finish, LocalDate today, boolean editable,
                 List<String> criticalPath, List<Row> items, List<Link> links, List<BaselineSummary> baselines,
                 Long baseline, List<ScheduleConflict> conflicts, Calendar calendar,
                 Map<String, MilestoneConfidenceSource.Confidence> confidence) {

    /**
     * One item; {@code typeLabel} and {@code statusLabel} are in the viewer's language. Fields without a value
     * (no assignee, no baseline, no proposed dates...) are left out rather than sent as null: most rows have few.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String key, String title, String type, String typeLabel, String parent, int depth, boolean summary,
               boolean milestone, String status, String statusLabel, StatusCategory statusCategory, boolean blocked,
               String blockedReason, String assignee, String assigneeName, LocalDate start, LocalDate finish, LocalDate lateStart,
               LocalDate lateFinish, int totalFloatDays, int freeFloatDays, boolean critical, int durationDays,
               String durationSource, double progress, long version, LocalDate baselineStart,
               LocalDate baselineFinish, LocalDate ghostStart, LocalDate ghostFinish) {
    }

    record Link(String from, String to, DependencyType type, int lagDays) {
    }

    /** Working weekdays as ISO numbers (1 = Monday) and the dates that differ from them. */
    record Calendar(List<Integer> workingWeekdays, List<LocalDate> holidays, List<LocalDate> workingDays) {
    }
}
