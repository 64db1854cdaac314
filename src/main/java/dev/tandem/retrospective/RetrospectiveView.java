package dev.tandem.retrospective;

import dev.tandem.retrospective.engine.Format;
import dev.tandem.retrospective.engine.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A retrospective as one reader sees it: columns of cards (an anonymous card names no author), groups with their
 * vote totals, the reader's own dots left, and the action items with the state of their work items.
 */
public record RetrospectiveView(long id, String projectKey, String title, String kind, Format format, Stage stage,
                                int votesPerPerson, int maxVotesPerTarget, String facilitator, Instant createdAt,
                                long version, List<Column> columns, List<Group> groups, int myVotesLeft,
                                List<Action> actions, boolean mayTakePart, boolean mayFacilitate) {

    public record Column(String code, List<Card> cards) {
    }

    /**
     * {@code author} is null for an anonymous card; {@code votes} counts dots on an ungrouped card; {@code mine}: the
     * reader wrote this named card, so may change it or take it back while cards are collected.
     */
    public record Card(long id, String column, String body, boolean anonymous, String author, Long groupId,
                       int votes, int myVotes, boolean mine) {
    }

    public record Group(long id, String title, List<Card> cards, int votes, int myVotes) {
    }

    /** {@code ownerLeft}: the owner is no longer a member of the project; the item stays, flagged. */
    public record Action(long id, String title, String owner, String ownerName, boolean ownerLeft, LocalDate due,
                         String itemKey, String itemStatus, String itemStatusCategory, long version) {
    }
}
