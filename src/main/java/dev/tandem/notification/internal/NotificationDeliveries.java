package dev.tandem.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import dev.tandem.notification.DeliveryView;
import dev.tandem.notification.NotificationKind;

/**
 * The outbox of e-mails and chat messages, in plain SQL so that a claim is one conditional update, as the webhooks'
 * outbox. A row's idempotency key is unique: writing the same notification to the same channel twice adds nothing.
 */
@Repository
public class NotificationDeliveries {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";
    /** An e-mail of a person who chose the daily digest, waiting for it. */
    static final String HELD = "HELD";
    /** A held e-mail that a digest took up (its {@code digest_id}); it is sent only as part of that digest. */
    static final String DIGESTED = "DIGESTED";
    public static final String EMAIL = "EMAIL";
    static final String CHAT = "CHAT";
    /** One daily digest e-mail: the rows whose {@code digest_id} is its id. */
    public static final String DIGEST = "DIGEST";

    private static final String COLUMNS = "id, channel, kind, person_id, chat_channel_id, project_key, message_key, "
            + "message_args, link, status, attempts, created_at, retry_from, next_attempt_at, last_error, finished_at";

    private final JdbcTemplate jdbc;

    NotificationDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Delivery(UUID id, String channel, String kind, Long personId, Long chatChannelId, String projectKey,
                    String messageKey, String messageArgs, String link, String status, int attempts, Instant createdAt,
                    Instant retryFrom, Instant nextAttemptAt, String lastError, Instant finishedAt) {

        public DeliveryView view() {
            return new DeliveryView(id, kind, status, attempts, lastError, createdAt,
                    status.equals(PENDING) ? nextAttemptAt : null, finishedAt);
        }
    }

    /** Adds the delivery unless one with the same idempotency key exists; true if it was added. */
    boolean add(String idempotencyKey, String channel, NotificationKind kind, Long personId, Long chatChannelId,
                String projectKey, NoticeText text, String link, Instant now, Instant due) {
        return add(idempotencyKey, channel, kind, personId, chatChannelId, projectKey, text, link, now, due, PENDING);
    }

    /** As {@link #add}, with the status it starts in: PENDING, or HELD for the person's daily digest. */
    boolean add(String idempotencyKey, String channel, NotificationKind kind, Long personId, Long chatChannelId,
                String projectKey, NoticeText text, String link, Instant now, Instant due, String status) {
        String args = text.encodedArgs();
        if (args == null) {
            return false;
        }
        // each key holds a fresh notification id, so no two transactions write the same key; this only keeps one
        // transaction from writing it twice
        if (jdbc.queryForObject("select count(*) from notification_delivery where idempotency_key = ?", Integer.class,
                idempotencyKey) > 0) {
            return false;
        }
        jdbc.update("insert into notification_delivery (id, idempotency_key, channel, kind, person_id, chat_channel_id, "
                        + "project_key, message_key, message_args, link, status, attempts, created_at, retry_from, "
                        + "next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                UUID.randomUUID(), idempotencyKey, channel, kind.code(), personId, chatChannelId, projectKey,
                text.key(), args, link, status, ts(now), ts(due), ts(due));
        return true;
    }

    /** The people with e-mails waiting for a digest. */
    List<Long> peopleWithHeld() {
        return jdbc.queryForList("select distinct person_id from notification_delivery where status = ?", Long.class,
                HELD);
    }

    /** The person's e-mails waiting for a digest that were written before {@code before}, oldest first. */
    List<UUID> held(long personId, Instant before) {
        return jdbc.queryForList("select id from notification_delivery where person_id = ? and status = ? "
                + "and created_at < ? order by created_at, id", UUID.class, personId, HELD, ts(before));
    }

    /**
     * Writes the digest row of the idempotency key, due at {@code due}, and moves the held rows into it; nothing if
     * that digest was written before. Answers the digest's id, or null.
     */
    UUID addDigest(String idempotencyKey, long personId, List<UUID> held, Instant now, Instant due) {
        if (jdbc.queryForObject("select count(*) from notification_delivery where idempotency_key = ?", Integer.class,
                idempotencyKey) > 0) {
            return null;
        }
        UUID id = UUID.randomUUID();
        jdbc.update("insert into notification_delivery (id, idempotency_key, channel, kind, person_id, message_key, "
                        + "message_args, link, status, attempts, created_at, retry_from, next_attempt_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", id, idempotencyKey, DIGEST, DIGEST_KIND,
                personId, "notify.digest.title", "[]", "/inbox", PENDING, ts(now), ts(due), ts(due));
        for (UUID row : held) {
            jdbc.update("update notification_delivery set status = ?, digest_id = ?, finished_at = ? where id = ? "
                    + "and status = ?", DIGESTED, id, ts(now), row, HELD);
        }
        return id;
    }

    /** The kind column of a digest row: it gathers every kind. */
    static final String DIGEST_KIND = "digest";

    /** Sends the person's held e-mails one by one after all (the daily digest was turned off). */
    int release(long personId, Instant now) {
        return jdbc.update("update notification_delivery set status = ?, next_attempt_at = ? where person_id = ? "
                + "and status = ?", PENDING, ts(now), personId, HELD);
    }

    /** The e-mails a digest gathered, oldest first. */
    List<Delivery> ofDigest(UUID digestId) {
        return jdbc.query("select " + COLUMNS + " from notification_delivery where digest_id = ? "
                + "order by created_at, id", NotificationDeliveries::delivery, digestId);
    }

    public List<UUID> due(Instant now, int limit) {
        return jdbc.query("select id from notification_delivery where (status = ? and next_attempt_at <= ?) "
                        + "or (status = ? and lease_until <= ?) order by next_attempt_at, id limit ?",
                (rs, i) -> rs.getObject(1, UUID.class), PENDING, ts(now), SENDING, ts(now), limit);
    }

    public boolean claim(UUID id, Instant now, Instant leaseUntil) {
        return jdbc.update("update notification_delivery set status = ?, lease_until = ? where id = ? and "
                        + "((status = ? and next_attempt_at <= ?) or (status = ? and lease_until <= ?))",
                SENDING, ts(leaseUntil), id, PENDING, ts(now), SENDING, ts(now)) == 1;
    }

    public Optional<Delivery> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from notification_delivery where id = ?",
                NotificationDeliveries::delivery, id).stream().findFirst();
    }

    public List<Delivery> ofChannel(long chatChannelId, int limit) {
        return jdbc.query("select " + COLUMNS + " from notification_delivery where chat_channel_id = ? "
                + "order by created_at desc, id limit ?", NotificationDeliveries::delivery, chatChannelId, limit);
    }

    public List<Delivery> ofPerson(long personId, String channel) {
        return jdbc.query("select " + COLUMNS + " from notification_delivery where person_id = ? and channel = ? "
                + "order by created_at, id", NotificationDeliveries::delivery, personId, channel);
    }

    /** Moves a delivery sent under {@code leaseUntil} on; nothing if another sender took it over meanwhile. */
    void finish(UUID id, Instant leaseUntil, int attempts, String status, String error, Instant nextAttemptAt,
                Instant now) {
        jdbc.update("update notification_delivery set status = ?, attempts = ?, last_error = ?, lease_until = null, "
                        + "next_attempt_at = ?, finished_at = ? where id = ? and status = ? and lease_until = ?",
                status, attempts, error, ts(nextAttemptAt == null ? now : nextAttemptAt),
                status.equals(PENDING) ? null : ts(now), id, SENDING, ts(leaseUntil));
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getString("channel"), rs.getString("kind"),
                (Long) rs.getObject("person_id", Long.class), (Long) rs.getObject("chat_channel_id", Long.class),
                rs.getString("project_key"), rs.getString("message_key"), rs.getString("message_args"),
                rs.getString("link"), rs.getString("status"), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "retry_from"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
