package dev.tandem.change.internal;

import dev.tandem.change.VoteDecision;
import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "change_vote")
public class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long changeRequestId;
    private Long personId;
    private String username;
    @Enumerated(EnumType.STRING)
    private VoteDecision decision;
    private String comment;
    private Instant votedAt;

    protected Vote() {
    }

    public Vote(long changeRequestId, long personId, String username) {
        this.changeRequestId = changeRequestId;
        this.personId = personId;
        this.username = username;
    }

    public Long personId() { return personId; }
    public String username() { return username; }
    public VoteDecision decision() { return decision; }
    public String comment() { return comment; }
    public Instant votedAt() { return votedAt; }

    public void cast(VoteDecision decision, String comment, Instant now) {
        this.decision = decision;
        this.comment = comment;
        this.votedAt = now;
    }
}
