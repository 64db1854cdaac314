package dev.tandem.notification;

import dev.tandem.change.ChangeRequestClosed;
import dev.tandem.change.ChangeRequestSubmitted;
import dev.tandem.change.ChangeRequestVoted;
import dev.tandem.delayrisk.DelayRiskRaised;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.meeting.ActionItemAssigned;
import dev.tandem.shared.Actor;
import dev.tandem.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's in-app inbox. Notices are written with the change that causes them, in its transaction, and go away
 * in the transaction that ends their reason (the vote was cast, the request decided or withdrawn).
 */
@Service
@Transactional
public class Inbox {

    private static final int SHOWN = 100;

    private final JdbcTemplate jdbc;
    private final IdentityManagement identity;
    private final Clock clock;
    private final MessageSource messages;

    Inbox(JdbcTemplate jdbc, IdentityManagement identity, Clock clock, MessageSource messages) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.clock = clock;
        this.messages = messages;
    }

    /** Every reviewer not yet told hears that a change request waits for their vote. */
    @EventListener
    public void on(ChangeRequestSubmitted event) {
        for (String reviewer : event.reviewers()) {
            identity.findByUsername(reviewer).ifPresent(person -> jdbc.update(
                    "insert into notification (person_id, message, link, created_at) select ?, ?, ?, ? "
                            + "where not exists (select 1 from notification where person_id = ? and link = ?)",
                    person.id(), clip(event.projectKey() + " " + event.code() + " “" + event.title() + "” by "
                            + event.requestedBy() + " waits for your vote"),
                    link(event.changeRequestId()), Timestamp.from(clock.instant()), person.id(),
                    link(event.changeRequestId())));
        }
    }

    /** Once the reviewer voted, the request no longer waits for them. */
    @EventListener
    public void on(ChangeRequestVoted event) {
        identity.findByUsername(event.voter()).ifPresent(person -> jdbc.update(
                "delete from notification where person_id = ? and link = ?", person.id(), link(event.changeRequestId())));
    }

    /** A decided or withdrawn request waits for nobody. */
    @EventListener
    public void on(ChangeRequestClosed event) {
        jdbc.update("delete from notification where link = ?", link(event.changeRequestId()));
    }

    /** The project's PMs and EMs hear that an item crossed the delay-risk warning; delayrisk sends this once per crossing. */
    @EventListener
    public void on(DelayRiskRaised event) {
        for (long personId : event.recipients()) {
            jdbc.update("insert into notification (person_id, message, link, created_at) values (?, ?, ?, ?)", personId,
                    clip(event.itemKey() + " “" + event.title() + "” may finish late: " + event.percent() + " %"
                            + (event.reasons().isEmpty() ? "" : " (" + event.reasons() + ")")),
                    "/projects/" + event.projectKey() + "/delay-risk#risk-" + event.itemKey(),
                    Timestamp.from(clock.instant()));
        }
    }

    /** The owner of a meeting's action item hears of it, in their own language. */
    @EventListener
    public void on(ActionItemAssigned event) {
        PersonSummary owner = identity.byIds(List.of(event.ownerId())).get(event.ownerId());
        if (owner == null) {
            return;
        }
        Locale locale = owner.locale() == null || owner.locale().isBlank() ? Locale.ENGLISH
                : Locale.forLanguageTag(owner.locale());
        String message = messages.getMessage("meeting.notice.assigned", new Object[] {event.projectKey(), event.title(),
                event.meetingTitle(), event.due() == null ? "–" : event.due().toString()}, locale);
        jdbc.update("insert into notification (person_id, message, link, created_at) values (?, ?, ?, ?)", owner.id(),
                clip(message), event.link(), Timestamp.from(clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Notice> notices(Actor actor) {
        return jdbc.query("select id, message, link, created_at, read_at from notification where person_id = ? "
                        + "order by created_at desc, id desc limit " + SHOWN,
                (rs, n) -> new Notice(rs.getLong("id"), rs.getString("message"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()),
                actor.personId());
    }

    @Transactional(readOnly = true)
    public int unread(Actor actor) {
        return jdbc.queryForObject("select count(*) from notification where person_id = ? and read_at is null",
                Integer.class, actor.personId());
    }

    public void markRead(Actor actor, long id) {
        if (jdbc.update("update notification set read_at = coalesce(read_at, ?) where id = ? and person_id = ?",
                Timestamp.from(clock.instant()), id, actor.personId()) == 0) {
            throw new NotFoundException("No notification " + id + ".");
        }
    }

    public void markAllRead(Actor actor) {
        jdbc.update("update notification set read_at = ? where person_id = ? and read_at is null",
                Timestamp.from(clock.instant()), actor.personId());
    }

    /** A notice about a change request points to its page; that link is also how the notice is found again. */
    private static String link(long changeRequestId) {
        return "/change-requests/" + changeRequestId;
    }

    private static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
