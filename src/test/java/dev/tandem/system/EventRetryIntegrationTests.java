package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.query.FilterMatched;
import dev.tandem.support.Api;
import dev.tandem.support.TandemIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event for a listener after commit (here the inbox's notice for a saved filter) is stored with the change that
 * raised it and is gone once the listener succeeded; one left behind by a process that ended between the commit and
 * the listener is handed to the listener again by the retry, and then the notice is there.
 */
@TandemIntegrationTest
class EventRetryIntegrationTests {

    private static final String NOTICES = "select count(*) from notification where person_id = ? and link = ?";

    @Autowired
    Api api;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EventRetry retry;

    @Test
    void anEventIsStoredWithItsChangeAndForgottenOnceHandled() {
        long person = personId();
        long filter = 910_001;
        AtomicReference<Long> storedInside = new AtomicReference<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new FilterMatched(person, filter, "Blocked", 1, List.of("PAY-1")));
            storedInside.set(api.jdbc().queryForObject(
                    "select count(*) from event_publication where serialized_event like ?", Long.class,
                    "%" + filter + "%"));
        });

        assertThat(storedInside.get()).isEqualTo(1);
        assertThat(notices(person, filter)).isEqualTo(1);
        assertThat(api.jdbc().queryForObject("select count(*) from event_publication where serialized_event like ?",
                Long.class, "%" + filter + "%")).isZero();
    }

    @Test
    void anEventLeftByACrashReachesItsListenerOnRetry() {
        long person = personId();
        long filter = 910_002;
        // what the change's transaction stores: read inside it, then undone so that no listener runs
        AtomicReference<Map<String, Object>> stored = new AtomicReference<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new FilterMatched(person, filter, "Blocked", 2, List.of("PAY-1", "PAY-2")));
            stored.set(api.jdbc().queryForMap("select listener_id, event_type, serialized_event, status "
                    + "from event_publication where serialized_event like ?", "%" + filter + "%"));
            status.setRollbackOnly();
        });
        // the same row committed by a process that ended before its listener ran
        api.jdbc().update("insert into event_publication (id, listener_id, event_type, serialized_event, "
                        + "publication_date, status, completion_attempts) values (?, ?, ?, ?, ?, ?, 0)",
                UUID.randomUUID(), stored.get().get("listener_id"), stored.get().get("event_type"),
                stored.get().get("serialized_event"), Timestamp.from(Instant.parse("2026-01-05T09:00:00Z")),
                stored.get().get("status"));
        assertThat(notices(person, filter)).isZero();

        retry.resubmit();

        assertThat(notices(person, filter)).isEqualTo(1);
        assertThat(api.jdbc().queryForObject("select count(*) from event_publication where serialized_event like ?",
                Long.class, "%" + filter + "%")).isZero();
    }

    private long personId() {
        return api.jdbc().queryForObject("select id from person where username = ?", Long.class,
                api.newPerson().username());
    }

    private long notices(long person, long filter) {
        return api.jdbc().queryForObject(NOTICES, Long.class, person, "/items?filter=" + filter);
    }
}
