package dev.tandem.portfolio;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "project_member")
class Membership {

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

    Membership(long projectId, long personId, ProjectRole role, Instant now) {
        this.projectId = projectId;
        this.personId = personId;
        this.role = role;
        this.createdAt = now;
    }

    Long projectId() { return projectId; }
    Long personId() { return personId; }
    ProjectRole role() { return role; }
    long version() { return version; }

    void changeRole(ProjectRole role) {
        this.role = role;
    }
}
