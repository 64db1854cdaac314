package dev.tandem.webhook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.webhook.DeliveryView;

/**
 * The outbox: deliveries and their attempts, in plain SQL so that a claim is one conditional update. A claimed row
 * (SENDING) whose lease ran out is due again, so a node that stopped mid-delivery loses nothing.
 */
@Repository
public class Deliveries {

    public static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    private static final String COLUMNS = "id, subscription_id, event_id, event_type, body, status, attempts, created_at, "
            + "retry_from, next_attempt_at, lease_until, last_status_code, finished_at";

    private final JdbcTemplate jdbc;

    Deliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of webhook_delivery. */
    public record Delivery(UUID id, long subscriptionId, UUID eventId, String eventType, String body, String status,
                    int attempts, Instant createdAt, Instant retryFrom, Instant nextAttemptAt, Instant leaseUntil,
                    Integer lastStatusCode, Instant finishedAt) {
    }

    void add(UUID id, long subscriptionId, UUID eventId, String eventType, String body, Instant now) {
        jdbc.update("insert into webhook_delivery (id, subscription_id, event_id, event_type, body, status, attempts, "
                + "created_at, retry_from, next_attempt_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", id, subscriptionId,
                eventId, eventType, body, PENDING, ts(now), ts(now), ts(now));
    }

    /** Ids of deliveries due at {@code now}, the longest waiting first. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.query("select id from webhook_delivery where (status = ? and next_attempt_at <= ?) "
                        + "or (status = ? and lease_until <= ?) order by next_attempt_at, id limit ?",
                (rs, i) -> rs.getObject(1, UUID.class), PENDING, ts(now), SENDING, ts(now), limit);
    }

    /** Takes a due delivery until {@code leaseUntil}; false if it was not due (any more), e.g. another node took it. */
    public boolean claim(UUID id, Instant now, Instant leaseUntil) {
        return jdbc.update("update webhook_delivery set status = ?, lease_until = ? where id = ? and "
                        + "((status = ? and next_attempt_at <= ?) or (status = ? and lease_until <= ?))",
                SENDING, ts(leaseUntil), id, PENDING, ts(now), SENDING, ts(now)) == 1;
    }

    public Optional<Delivery> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from webhook_delivery where id = ?", Deliveries::delivery, id)
                .stream().findFirst();
    }

    public List<Delivery> latest(long subscriptionId, int limit) {
        return jdbc.query("select " + COLUMNS + " from webhook_delivery where subscription_id = ? "
                + "order by created_at desc, id limit ?", Deliveries::delivery, subscriptionId, limit);
    }

    public List<DeliveryView.AttemptView> attempts(UUID deliveryId) {
        return jdbc.query("select attempt_no, started_at, duration_ms, status_code, error, response_excerpt "
                        + "from webhook_attempt where delivery_id = ? order by attempt_no",
                (rs, i) -> new DeliveryView.AttemptView(rs.getInt(1), instant(rs, 2), rs.getLong(3),
                        (Integer) rs.getObject(4, Integer.class), rs.getString(5), rs.getString(6)), deliveryId);
    }

    /**
     * Records an attempt made under the lease {@code leaseUntil} and moves the delivery on: to {@code status} with the
     * next attempt at {@code nextAttemptAt} (PENDING) or finished at {@code now}. If another sender took the row over
     * after the lease ran out, only the attempt is recorded; that sender decides the outcome.
     */
    @Transactional
    public void finish(Delivery delivery, Instant leaseUntil, Instant startedAt, long durationMillis, Integer statusCode,
                String error, String response, String status, Instant nextAttemptAt, Instant now) {
        int number = delivery.attempts() + 1;
        jdbc.update("insert into webhook_attempt (delivery_id, attempt_no, started_at, duration_ms, status_code, error, "
                        + "response_excerpt) values (?, ?, ?, ?, ?, ?, ?)", delivery.id(), number, ts(startedAt),
                durationMillis, statusCode, error, response);
        jdbc.update("update webhook_delivery set status = ?, attempts = ?, last_status_code = ?, lease_until = null, "
                        + "next_attempt_at = ?, finished_at = ? where id = ? and status = ? and lease_until = ?",
                status, number, statusCode, ts(nextAttemptAt == null ? now : nextAttemptAt),
                status.equals(PENDING) ? null : ts(now), delivery.id(), SENDING, ts(leaseUntil));
    }

    /** Due again now with a fresh day of retries; false if it is being sent this moment. */
    public boolean redeliver(UUID id, Instant now) {
        return jdbc.update("update webhook_delivery set status = ?, retry_from = ?, next_attempt_at = ?, "
                        + "lease_until = null, finished_at = null where id = ? and (status <> ? or lease_until <= ?)",
                PENDING, ts(now), ts(now), id, SENDING, ts(now)) == 1;
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getLong("subscription_id"),
                rs.getObject("event_id", UUID.class), rs.getString("event_type"), rs.getString("body"),
                rs.getString("status"), rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "retry_from"),
                instant(rs, "next_attempt_at"), instant(rs, "lease_until"),
                (Integer) rs.getObject("last_status_code", Integer.class), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
