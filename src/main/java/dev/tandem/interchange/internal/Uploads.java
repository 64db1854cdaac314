package dev.tandem.interchange.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Files uploaded on the import page, kept for their uploader between the dry run and the import. */
@Repository
public class Uploads {

    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;

    Uploads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Upload(String id, String format, String fileName, byte[] content) {
    }

    public String keep(long projectId, long personId, String format, String fileName, byte[] content, Instant now) {
        jdbc.update("delete from interchange_upload where created_at < ?", Timestamp.from(now.minus(KEPT)));
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into interchange_upload (id, project_id, person_id, format, file_name, content, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", id, projectId, personId, format, fileName, content, Timestamp.from(now));
        return id;
    }

    public Optional<Upload> find(String id, long projectId, long personId) {
        List<Upload> found = jdbc.query("select id, format, file_name, content from interchange_upload where id = ? "
                        + "and project_id = ? and person_id = ?",
                (rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)),
                id, projectId, personId);
        return found.stream().findFirst();
    }

    public void delete(String id) {
        jdbc.update("delete from interchange_upload where id = ?", id);
    }
}
