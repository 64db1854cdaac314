package dev.tandem.sprint.internal;

import dev.tandem.shared.Actor;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.sprint.SprintState;
import dev.tandem.workitem.ItemSprints;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the work items' {@link ItemSprints} port: the item page's sprint and the query language's {@code sprint}. */
@Component
@Transactional(readOnly = true)
class SprintsForItems implements ItemSprints {

    private final SprintManagement sprints;
    private final SprintItems sprintItems;

    SprintsForItems(SprintManagement sprints, SprintItems sprintItems) {
        this.sprints = sprints;
        this.sprintItems = sprintItems;
    }

    @Override
    public Optional<SprintRef> openSprintOf(Actor actor, String projectKey, String itemKey) {
        return sprints.openSprintOf(actor, projectKey, itemKey).map(s -> new SprintRef(s.id(), s.name()));
    }

    @Override
    public List<SprintRef> openSprints(Actor actor, String projectKey) {
        return sprints.sprints(actor, projectKey).stream().filter(s -> s.state() != SprintState.COMPLETED)
                .map(s -> new SprintRef(s.id(), s.name())).toList();
    }

    @Override
    @Transactional
    public void moveItem(Actor actor, String projectKey, String itemKey, Long sprintId, Long itemVersion) {
        sprints.moveItems(actor, projectKey, sprintId, Collections.singletonMap(itemKey, itemVersion));
    }

    @Override
    public List<String> sprintNames(Collection<Long> projectIds, int limit) {
        return projectIds.isEmpty() ? List.of() : sprintItems.sprintNames(projectIds, PageRequest.of(0, limit));
    }

    @Override
    public Collection<Long> itemIds(Collection<Long> projectIds, String name) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return name == null ? sprintItems.openItemIds(projectIds)
                : sprintItems.itemIdsInSprintNamed(projectIds, name.toLowerCase(Locale.ROOT));
    }
}
