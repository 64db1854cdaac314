package dev.tandem.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out the numbers of a project's things (PAY-1, CR-1, risk 1 …), one counter per project and kind. The update
 * takes the counter row's lock until the taker's transaction ends, so two takers at the same moment never share a
 * number and a rolled-back taker gives its number back.
 */
@Component
public class ProjectCounters {

    private final JdbcTemplate jdbc;

    ProjectCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of {@code kind} in the project: 1 the first time. */
    public int next(long projectId, String kind) {
        String take = "update project_counter set last_number = last_number + 1 where project_id = ? and kind = ?";
        if (jdbc.update(take, projectId, kind) == 0) {
            // the first number of this kind: make the row (once, even when two take it at the same moment) and take it
            jdbc.update("insert into project_counter (project_id, kind, last_number) values (?, ?, 0)"
                    + " on conflict do nothing", projectId, kind);
            jdbc.update(take, projectId, kind);
        }
        return jdbc.queryForObject("select last_number from project_counter where project_id = ? and kind = ?",
                Integer.class, projectId, kind);
    }
}
