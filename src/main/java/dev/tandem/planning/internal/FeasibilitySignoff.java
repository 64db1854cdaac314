package dev.tandem.planning.internal;

import dev.tandem.portfolio.ProjectRole;
import jakarta.persistence.*;
import java.time.Instant;

/** An EM or architect's statement that the plan is technically feasible; never edited, only added. */
@Entity
@Table(name = "feasibility_signoff")
public class FeasibilitySignoff {

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

    public FeasibilitySignoff(long projectId, long personId, String username, ProjectRole role, String comment, Instant signedAt) {
        this.projectId = projectId;
        this.personId = personId;
        this.username = username;
        this.role = role;
        this.comment = comment;
        this.signedAt = signedAt;
    }

    public Long id() { return id; }
    public Long personId() { return personId; }
    public String username() { return username; }
    public ProjectRole role() { return role; }
    public String comment() { return comment; }
    public Instant signedAt() { return signedAt; }
}
