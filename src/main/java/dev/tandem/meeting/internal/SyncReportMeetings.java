package dev.tandem.meeting.internal;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.reporting.DecisionSource;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import dev.tandem.meeting.ActionStatus;
import dev.tandem.meeting.MeetingManagement;

/**
 * Hands the weekly sync report the decisions and action items of the project's meetings. Action items are those
 * agreed in the week and, because they are followed up until done, those agreed earlier that are still open.
 */
@Component
class SyncReportMeetings implements DecisionSource {

    private final Meetings meetings;
    private final Decisions decisions;
    private final ActionItems actions;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final WorkItemManagement workItems;

    SyncReportMeetings(Meetings meetings, Decisions decisions, ActionItems actions, PortfolioManagement portfolio,
                       IdentityManagement identity, WorkItemManagement workItems) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
        this.portfolio = portfolio;
        this.identity = identity;
        this.workItems = workItems;
    }

    @Override
    public List<Decision> decisions(long projectId, LocalDate from, LocalDate to) {
        List<dev.tandem.meeting.internal.Decision> list =
                decisions.findByProjectIdAndDecidedOnBetweenOrderByDecidedOnAscIdAsc(projectId, from, to);
        Map<Long, String> titles = titles(list.stream().map(dev.tandem.meeting.internal.Decision::meetingId).toList());
        return list.stream().map(d -> new Decision(d.decidedOn(), titles.get(d.meetingId()),
                d.text() + (d.adrNumber() == null ? "" : " (ADR " + d.adrNumber() + ")")
                        + (d.changeRequest() == null ? "" : " (" + d.changeRequest() + ")"))).toList();
    }

    @Override
    public List<ActionItem> actionItems(long projectId, LocalDate from, LocalDate to) {
        List<dev.tandem.meeting.internal.ActionItem> agreed =
                actions.findByProjectIdAndAgreedOnLessThanEqualOrderByAgreedOnAscIdAsc(projectId, to);
        if (agreed.isEmpty()) {
            return List.of();
        }
        // the report's reader sees the project; the items are read only to tell which actions are done
        String projectKey = portfolio.access(Actor.system(), projectId, Permission.VIEW_PROJECT).key();
        Map<String, ItemView> items = agreed.stream().anyMatch(a -> a.itemKey() != null)
                ? workItems.all(Actor.system(), projectKey).stream()
                        .collect(Collectors.toMap(ItemView::key, Function.identity()))
                : Map.of();
        List<dev.tandem.meeting.internal.ActionItem> shown = agreed.stream()
                .filter(a -> !a.agreedOn().isBefore(from) || MeetingManagement.status(a, items) == ActionStatus.OPEN)
                .toList();
        Map<Long, String> titles = titles(shown.stream().map(dev.tandem.meeting.internal.ActionItem::meetingId).toList());
        Map<Long, PersonSummary> owners = identity.byIds(shown.stream().map(dev.tandem.meeting.internal.ActionItem::ownerId)
                .distinct().toList());
        return shown.stream().map(a -> new ActionItem(a.agreedOn(), titles.get(a.meetingId()), a.title(),
                owners.get(a.ownerId()).displayName(), a.due(), a.itemKey())).toList();
    }

    private Map<Long, String> titles(List<Long> meetingIds) {
        return meetings.findAllById(meetingIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Meeting::id, Meeting::title));
    }
}
