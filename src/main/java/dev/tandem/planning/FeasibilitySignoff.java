package dev.tandem.planning;

import dev.tandem.portfolio.ProjectRole;
import jakarta.persistence.*;
import java.time.Instant;

/** An EM or architect's statement that the plan is technically feasible; never edited, only added. */
@Entity
@Table(name = "feasibility_signoff")
class FeasibilitySignoff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private Long personId;
    private String username;
    @Enumerated(EnumType.STRING)
    private ProjectRole role;
    private String comment;
    private Instant signedAt;

    protected FeasibilitySignoff() {
    }

    FeasibilitySignoff(long projectId, long personId, String username, ProjectRole role, String comment, Instant signedAt) {
        this.projectId = projectId;
        this.personId = personId;
        this.username = username;
        this.role = role;
        this.comment = comment;
        this.signedAt = signedAt;
    }

    Long id() { return id; }
    Long personId() { return personId; }
    String username() { return username; }
    ProjectRole role() { return role; }
    String comment() { return comment; }
    Instant signedAt() { return signedAt; }
}
