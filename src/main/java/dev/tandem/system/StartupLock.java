package dev.tandem.system;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs start-up work that must happen once (creating the administrator, loading the demo) under one database row
 * lock, so that of several processes starting at the same moment on one database the first does it and the others,
 * waiting their turn, find it done.
 */
@Component
public class StartupLock {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    StartupLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs {@code work} in one transaction that holds the lock until it commits. */
    public <T> T holding(Supplier<T> work) {
        return transaction.execute(status -> {
            jdbc.queryForObject("select name from startup_lock where name = 'startup' for update", String.class);
            return work.get();
        });
    }
}
