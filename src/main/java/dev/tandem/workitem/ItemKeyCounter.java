package dev.tandem.workitem;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Hands out PAY-1, PAY-2, … ; the row lock taken by the update keeps concurrent creators from sharing a number. */
@Component
class ItemKeyCounter {

    private final JdbcTemplate jdbc;

    ItemKeyCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void start(long projectId) {
        jdbc.update("insert into item_key_counter (project_id, last_number) values (?, 0)", projectId);
    }

    int next(long projectId) {
        jdbc.update("update item_key_counter set last_number = last_number + 1 where project_id = ?", projectId);
        return jdbc.queryForObject("select last_number from item_key_counter where project_id = ?", Integer.class, projectId);
    }
}
