package dev.tandem.portfolio.internal;

import jakarta.persistence.*;
import java.time.Instant;
import dev.tandem.portfolio.ProjectRole;

@Entity
@Table(name = "project_member")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private Long personId;
    @Enumerated(EnumType.STRING)
    private ProjectRole role;
    @Version
    private long version;
    private Instant createdAt;

    protected Membership() {
    }

    public Membership(long projectId, long personId, ProjectRole role, Instant now) {
        this.projectId = projectId;
        this.personId = personId;
        this.role = role;
        this.createdAt = now;
    }

    public Long projectId() { return projectId; }
    public Long personId() { return personId; }
    public ProjectRole role() { return role; }
    public long version() { return version; }

    public void changeRole(ProjectRole role) {
        this.role = role;
    }
}
