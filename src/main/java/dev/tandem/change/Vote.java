package dev.tandem.change;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "change_vote")
class Vote {

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

    Vote(long changeRequestId, long personId, String username) {
        this.changeRequestId = changeRequestId;
        this.personId = personId;
        this.username = username;
    }

    Long personId() { return personId; }
    String username() { return username; }
    VoteDecision decision() { return decision; }
    String comment() { return comment; }
    Instant votedAt() { return votedAt; }

    void cast(VoteDecision decision, String comment, Instant now) {
        this.decision = decision;
        this.comment = comment;
        this.votedAt = now;
    }
}
