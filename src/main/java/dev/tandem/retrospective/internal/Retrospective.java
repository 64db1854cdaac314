package dev.tandem.retrospective.internal;

import dev.tandem.retrospective.engine.Format;
import dev.tandem.retrospective.engine.Stage;
import jakarta.persistence.*;
import java.time.Instant;

/** One retrospective of a project, with its format, stage and dot limits. */
@Entity
@Table(name = "retrospective")
public class Retrospective {

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

    public Retrospective(long projectId, String title, String kind, Format format, int votesPerPerson, int maxVotesPerTarget,
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

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public String title() { return title; }
    public String kind() { return kind; }
    public Format format() { return format; }
    public Stage stage() { return stage; }
    public int votesPerPerson() { return votesPerPerson; }
    public int maxVotesPerTarget() { return maxVotesPerTarget; }
    public Long facilitatorId() { return facilitatorId; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }

    public void moveTo(Stage stage) { this.stage = stage; }
}
