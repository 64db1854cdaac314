package dev.tandem.retrospective;

import dev.tandem.retrospective.engine.Format;
import dev.tandem.retrospective.engine.Stage;
import jakarta.persistence.*;
import java.time.Instant;

/** One retrospective of a project, with its format, stage and dot limits. */
@Entity
@Table(name = "retrospective")
class Retrospective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String title;
    private String kind;
    @Enumerated(EnumType.STRING)
    private Format format;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private int votesPerPerson;
    private int maxVotesPerTarget;
    private Long facilitatorId;
    @Version
    private long version;
    private Instant createdAt;

    protected Retrospective() {
    }

    Retrospective(long projectId, String title, String kind, Format format, int votesPerPerson, int maxVotesPerTarget,
                  long facilitatorId, Instant now) {
        this.projectId = projectId;
        this.title = title;
        this.kind = kind;
        this.format = format;
        this.stage = Stage.COLLECT;
        this.votesPerPerson = votesPerPerson;
        this.maxVotesPerTarget = maxVotesPerTarget;
        this.facilitatorId = facilitatorId;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    String title() { return title; }
    String kind() { return kind; }
    Format format() { return format; }
    Stage stage() { return stage; }
    int votesPerPerson() { return votesPerPerson; }
    int maxVotesPerTarget() { return maxVotesPerTarget; }
    Long facilitatorId() { return facilitatorId; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }

    void moveTo(Stage stage) { this.stage = stage; }
}
