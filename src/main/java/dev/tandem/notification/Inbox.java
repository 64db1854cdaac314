package dev.tandem.notification;

import dev.tandem.change.ChangeEvent;
import dev.tandem.change.ChangeRequestClosed;
import dev.tandem.change.ChangeRequestSubmitted;
import dev.tandem.change.ChangeRequestVoted;
import dev.tandem.delayrisk.DelayRiskRaised;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.meeting.ActionItemAssigned;
import dev.tandem.query.FilterMatched;
import dev.tandem.shared.Actor;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.notification.internal.NoticeText;
import dev.tandem.notification.internal.NotificationOutbox;

/**
 * Each person's in-app inbox. Notices are written once the change that causes them has committed, in a transaction of
 * their own, and go away once their reason ends (the vote was cast, the request decided or withdrawn); the event
 * publication registry keeps each event until its listener here has succeeded, so a crash in between loses none
 * (ADR 0011). The same events
 * go, as each person chose ({@link NotificationPreferences}), by e-mail, and to the project's chat channels, through
 * the outbox ({@link NotificationOutbox}). A notice keeps
 * its message key and arguments and is rendered when read, in the reader's language.
 */
@Service
@Transactional
public class Inbox {

    private static final int SHOWN = 100;

    private final JdbcTemplate jdbc;
    private final IdentityManagement identity;
    private final MessageSource messages;
    private final Clock clock;
    private final NotificationPreferences preferences;
    private final NotificationOutbox outbox;

    Inbox(JdbcTemplate jdbc, IdentityManagement identity, MessageSource messages, Clock clock,
          NotificationPreferences preferences, NotificationOutbox outbox) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
        this.preferences = preferences;
        this.outbox = outbox;
    }

    /** Every reviewer not yet told hears that a change request waits for their vote; the project's chat channels too. */
    @ApplicationModuleListener
    public void on(ChangeRequestSubmitted event) {
        String notification = UUID.randomUUID().toString();
        String link = link(event.changeRequestId());
        NoticeText text = new NoticeText("notice.changeRequest.waits",
                List.of(event.projectKey(), event.code(), event.title(), event.requestedBy()));
        for (String reviewer : event.reviewers()) {
            identity.findByUsername(reviewer).ifPresent(person -> {
                if (preferences.wants(person.id(), event.projectKey(), NotificationKind.CHANGE_REQUEST_WAITING,
                        NotificationPreferences.INBOX)) {
                    jdbc.update("insert into notification (person_id, message, message_key, message_args, link, created_at) "
                                    + "select ?, ?, ?, ?, ?, ? "
                                    + "where not exists (select 1 from notification where person_id = ? and link = ?)",
                            person.id(), english(text), text.key(), text.encodedArgs(), link,
                            Timestamp.from(clock.instant()), person.id(), link);
                }
                outbox.toPerson(notification, person.id(), event.projectKey(), NotificationKind.CHANGE_REQUEST_WAITING,
                        text, link);
            });
        }
        outbox.toProject(notification, event.projectKey(), NotificationKind.CHANGE_REQUEST_WAITING,
                new NoticeText("notify.chat.changeRequestWaits", List.of(event.code(), event.title(),
                        event.requestedBy(), String.join(", ", event.reviewers()))), link);
    }

    /** Once the reviewer voted, the request no longer waits for them. */
    @ApplicationModuleListener
    public void on(ChangeRequestVoted event) {
        identity.findByUsername(event.voter()).ifPresent(person -> jdbc.update(
                "delete from notification where person_id = ? and link = ?", person.id(), link(event.changeRequestId())));
    }

    /** A decided or withdrawn request waits for nobody. */
    @ApplicationModuleListener
    public void on(ChangeRequestClosed event) {
        jdbc.update("delete from notification where link = ?", link(event.changeRequestId()));
    }

    /** The project's chat channels hear of a change request's decision. */
    @ApplicationModuleListener
    public void on(ChangeEvent.Decided event) {
        String projectKey = event.target().substring(0, event.target().indexOf('/'));
        String code = event.target().substring(event.target().indexOf('/') + 1);
        NoticeText decision = new NoticeText(event.approved() ? "notify.decision.approved"
                : "notify.decision.rejected", List.of());
        outbox.toProject(UUID.randomUUID().toString(), projectKey, NotificationKind.CHANGE_REQUEST_DECIDED,
                new NoticeText("notify.chat.changeRequestDecided", List.of(code, decision, event.actor())),
                "/projects/" + projectKey + "/changes");
    }

    /** The project's PMs and EMs hear that an item crossed the delay-risk warning; delayrisk sends this once per crossing. */
    @ApplicationModuleListener
    public void on(DelayRiskRaised event) {
        List<Object> args = new ArrayList<>(List.of(event.itemKey(), event.title(), Integer.toString(event.percent())));
        if (!event.reasons().isEmpty()) {
            args.add(event.reasons().stream().map(r -> new NoticeText(r.messageKey(), List.copyOf(r.args()))).toList());
        }
        NoticeText text = new NoticeText(event.reasons().isEmpty() ? "notice.delayRisk.raised"
                : "notice.delayRisk.raisedBecause", args);
        String link = "/projects/" + event.projectKey() + "/delay-risk#risk-" + event.itemKey();
        String notification = UUID.randomUUID().toString();
        for (long personId : event.recipients()) {
            if (preferences.wants(personId, event.projectKey(), NotificationKind.DELAY_RISK, NotificationPreferences.INBOX)) {
                jdbc.update("insert into notification (person_id, message, message_key, message_args, link, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)", personId, english(text), text.key(), text.encodedArgs(), link,
                        Timestamp.from(clock.instant()));
            }
            outbox.toPerson(notification, personId, event.projectKey(), NotificationKind.DELAY_RISK, text, link);
        }
        outbox.toProject(notification, event.projectKey(), NotificationKind.DELAY_RISK, text, link);
    }

    /** The owner of a meeting's action item hears of it; so do the project's chat channels. */
    @ApplicationModuleListener
    public void on(ActionItemAssigned event) {
        NoticeText text = new NoticeText("meeting.notice.assigned", List.of(event.projectKey(), event.title(),
                event.meetingTitle(), event.due() == null ? "–" : event.due().toString()));
        String notification = UUID.randomUUID().toString();
        if (preferences.wants(event.ownerId(), event.projectKey(), NotificationKind.ACTION_ITEM_ASSIGNED,
                NotificationPreferences.INBOX)) {
            jdbc.update("insert into notification (person_id, message, message_key, message_args, link, created_at) "
                            + "values (?, ?, ?, ?, ?, ?)", event.ownerId(), english(text), text.key(), text.encodedArgs(),
                    event.link(), Timestamp.from(clock.instant()));
        }
        outbox.toPerson(notification, event.ownerId(), event.projectKey(), NotificationKind.ACTION_ITEM_ASSIGNED, text,
                event.link());
        String owner = identity.byIds(List.of(event.ownerId())).values().stream().map(PersonSummary::displayName)
                .findFirst().orElse("?");
        outbox.toProject(notification, event.projectKey(), NotificationKind.ACTION_ITEM_ASSIGNED,
                new NoticeText("notify.chat.actionItemAssigned", List.of(event.title(), owner, event.meetingTitle(),
                        event.due() == null ? "–" : event.due().toString())), event.link());
    }

    /** A subscriber hears that items newly match a saved filter; the notice opens the filter's results. */
    @ApplicationModuleListener
    public void on(FilterMatched event) {
        NoticeText text = new NoticeText("query.notice.matched", List.of(event.filterName(),
                Integer.toString(event.count()), String.join(", ", event.itemKeys())));
        jdbc.update("insert into notification (person_id, message, message_key, message_args, link, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)", event.personId(), english(text), text.key(), text.encodedArgs(),
                "/items?filter=" + event.filterId(), Timestamp.from(clock.instant()));
    }

    /**
     * The actor's latest notices, each in {@code locale}: rendered from its message key and arguments, or, for a
     * notice written before notices kept them, its stored English text.
     */
    @Transactional(readOnly = true)
    public List<Notice> notices(Actor actor, Locale locale) {
        return jdbc.query("select id, message, message_key, message_args, link, created_at, read_at from notification "
                        + "where person_id = ? order by created_at desc, id desc limit " + SHOWN,
                (rs, n) -> {
                    String stored = rs.getString("message");
                    String message = NoticeText.decode(rs.getString("message_key"), rs.getString("message_args"))
                            .map(text -> text.render(messages, locale, stored)).orElse(stored);
                    return new Notice(rs.getLong("id"), message, rs.getString("link"),
                            rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant());
                },
                actor.personId());
    }

    /** The language the actor chose for their account, for readers without a page (the API). */
    @Transactional(readOnly = true)
    public Locale languageOf(Actor actor) {
        PersonSummary person = identity.byIds(List.of(actor.personId())).get(actor.personId());
        return person == null || person.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(person.locale());
    }

    @Transactional(readOnly = true)
    public int unread(Actor actor) {
        return jdbc.queryForObject("select count(*) from notification where person_id = ? and read_at is null",
                Integer.class, actor.personId());
    }

    public void markRead(Actor actor, long id) {
        if (jdbc.update("update notification set read_at = coalesce(read_at, ?) where id = ? and person_id = ?",
                Timestamp.from(clock.instant()), id, actor.personId()) == 0) {
            throw new NotFoundException(Text.of("problem.notification.noNotification", id));
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

    /** The stored text: English, read by anyone whose notice cannot be rendered from its key. */
    private String english(NoticeText text) {
        return clip(text.render(messages, Locale.ENGLISH, text.key()));
    }

    private static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
