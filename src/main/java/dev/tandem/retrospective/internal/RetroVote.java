package dev.tandem.retrospective.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** One dot a person placed on a card or a group. Pages and answers show totals and one's own dots, never whose. */
@Entity
@Table(name = "retro_vote")
public class RetroVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long retrospectiveId;
    private Long personId;
    private Long cardId;
    private Long groupId;
    private Instant createdAt;

    protected RetroVote() {
    }

    public RetroVote(long retrospectiveId, long personId, Long cardId, Long groupId, Instant now) {
        this.retrospectiveId = retrospectiveId;
        this.personId = personId;
        this.cardId = cardId;
        this.groupId = groupId;
        this.createdAt = now;
    }

    Long id() { return id; }
    public Long personId() { return personId; }
    public Long cardId() { return cardId; }
    public Long groupId() { return groupId; }
}
