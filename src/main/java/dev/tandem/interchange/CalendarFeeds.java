package dev.tandem.interchange;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.interchange.engine.CalendarFeed;
import dev.tandem.interchange.internal.FeedTokens;
import dev.tandem.meeting.MeetingManagement;
import dev.tandem.meeting.MeetingSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.schedule.ScheduledItem;
import dev.tandem.shared.Actor;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.sprint.SprintView;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's iCalendar feed at a secret address: the milestones and sprints of the projects they are a member of,
 * those projects' meetings, and the items assigned to them that have a due date and are not done. The address works
 * without a session (calendar apps cannot sign in); whoever holds it reads the feed, so it can be made anew (the old
 * one stops working) or revoked from the account.
 */
@Service
@Transactional
public class CalendarFeeds {

    private final FeedTokens tokens;
    private final IdentityManagement identity;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final SprintManagement sprints;
    private final ScheduleManagement schedule;
    private final MeetingManagement meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarFeeds(FeedTokens tokens, IdentityManagement identity, PortfolioManagement portfolio,
                  WorkItemManagement workItems, SprintManagement sprints, ScheduleManagement schedule,
                  MeetingManagement meetings, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.identity = identity;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.sprints = sprints;
        this.schedule = schedule;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /** A new secret for the actor's feed; the old address stops working. Shown once: only its hash is kept. */
    public String rotate(Actor actor) {
        boolean had = tokens.createdAt(actor.personId()).isPresent();
        String token = tokens.rotate(actor.personId(), clock.instant());
        events.publishEvent(new FeedEvent(actor.username(), "feed.rotated", "CalendarFeed", actor.username(),
                had ? "address made anew; the old one no longer works" : "address made"));
        return token;
    }

    public void revoke(Actor actor) {
        if (!tokens.revoke(actor.personId())) {
            throw new NotFoundException(Text.of("problem.interchange.noFeedAddress"));
        }
        events.publishEvent(new FeedEvent(actor.username(), "feed.revoked", "CalendarFeed", actor.username(),
                "address revoked"));
    }

    @Transactional(readOnly = true)
    public Optional<Instant> createdAt(Actor actor) {
        return tokens.createdAt(actor.personId());
    }

    /** The feed behind a secret, or empty when the secret is unknown, revoked or its holder may no longer sign in. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token, String baseUrl) {
        Optional<PersonSummary> holder = tokens.personOf(token)
                .map(id -> identity.byIds(List.of(id)).get(id)).filter(p -> p != null && p.active());
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        PersonSummary person = holder.get();
        Actor actor = new Actor(person.id(), person.username(), person.orgRole());
        List<CalendarFeed.Event> list = new ArrayList<>();
        for (ProjectSummary project : portfolio.visibleProjects(actor)) {
            if (!portfolio.isMember(project.id(), person.id())) {
                continue;
            }
            String key = project.key();
            String projectUrl = baseUrl + "/projects/" + key;
            for (ScheduledItem item : schedule.schedule(actor, key).items()) {
                if ("milestone".equals(item.type()) && item.finish() != null) {
                    list.add(CalendarFeed.Event.days("milestone-" + item.key() + "@tandem", "◆ " + item.key() + " "
                            + item.title(), key + " milestone", baseUrl + "/items/" + item.key(), item.finish(),
                            item.finish()));
                }
            }
            for (SprintView sprint : sprints.sprints(actor, key)) {
                list.add(CalendarFeed.Event.days("sprint-" + sprint.id() + "@tandem", key + " " + sprint.name(),
                        sprint.goal(), projectUrl + "/sprints", sprint.startDate(), sprint.endDate()));
            }
            for (MeetingSummary meeting : meetings.list(actor, key)) {
                list.add(CalendarFeed.Event.timed("meeting-" + meeting.id() + "@tandem", meeting.title(), key,
                        projectUrl + "/meetings/" + meeting.id(), meeting.start().toInstant(), meeting.durationMinutes()));
            }
            for (ItemView item : workItems.all(actor, key)) {
                if (person.username().equals(item.assignee()) && item.dueDate() != null
                        && item.statusCategory() != StatusCategory.DONE) {
                    list.add(CalendarFeed.Event.days("due-" + item.key() + "@tandem", "Due: " + item.key() + " "
                            + item.title(), null, baseUrl + "/items/" + item.key(), item.dueDate(), item.dueDate()));
                }
            }
        }
        return Optional.of(CalendarFeed.write("Tandem · " + person.displayName(), list, clock.instant()));
    }
}
