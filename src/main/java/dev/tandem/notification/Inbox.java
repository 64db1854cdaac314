package dev.tandem.notification;

import dev.tandem.change.ChangeRequestSubmitted;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's in-app inbox. Notices are written with the change that causes them, in its transaction. */
@Service
@Transactional
public class Inbox {

    private static final int SHOWN = 100;

    private final JdbcTemplate jdbc;
    private final IdentityManagement identity;
    private final Clock clock;

    Inbox(JdbcTemplate jdbc, IdentityManagement identity, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.clock = clock;
    }

    /** Every reviewer hears that a change request waits for their vote. */
    @EventListener
    public void on(ChangeRequestSubmitted event) {
        for (String reviewer : event.reviewers()) {
            identity.findByUsername(reviewer).ifPresent(person -> jdbc.update(
                    "insert into notification (person_id, message, link, created_at) values (?, ?, ?, ?)",
                    person.id(), clip(event.projectKey() + " " + event.code() + " “" + event.title() + "” by "
                            + event.requestedBy() + " waits for your vote"),
                    "/change-requests/" + event.changeRequestId(), Timestamp.from(clock.instant())));
        }
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

    private static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "…";
    }
}
