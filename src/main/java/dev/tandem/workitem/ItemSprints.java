package dev.tandem.workitem;

import dev.tandem.shared.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The sprints as the item page, its inline edit and the item query language need them. The sprint module keeps the
 * sprints and answers; this module only asks, so it does not depend on it (the {@code DelayRiskSource} pattern).
 */
public interface ItemSprints {

    /** The planned or active sprint the item is in, if any. */
    Optional<SprintRef> openSprintOf(Actor actor, String projectKey, String itemKey);

    /** The project's planned and active sprints, the ones an item can go into. */
    List<SprintRef> openSprints(Actor actor, String projectKey);

    /** Moves the item into a planned or active sprint, or back to the backlog when {@code sprintId} is null. */
    void moveItem(Actor actor, String projectKey, String itemKey, Long sprintId, Long itemVersion);

    /** Names of the sprints of these projects, sorted, at most {@code limit}. */
    List<String> sprintNames(Collection<Long> projectIds, int limit);

    /**
     * Ids of the items of these projects that are in a sprint named {@code name} (in any state, case ignored), or
     * for a null name that are in a planned or active sprint now.
     */
    Collection<Long> itemIds(Collection<Long> projectIds, String name);

    /** A sprint by id and name. */
    record SprintRef(long id, String name) {
    }
}
