package dev.tandem.planning;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** Resolves the people (owners) and work items (linked items) planning records refer to by id or key. */
@Component
public class Links {

    private static final int MAX_ITEMS = 50;

    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final WorkItemManagement workItems;

    Links(PortfolioManagement portfolio, IdentityManagement identity, WorkItemManagement workItems) {
        this.portfolio = portfolio;
        this.identity = identity;
        this.workItems = workItems;
    }

    /** The id of a member of the project, named by username. */
    public long member(ProjectRef project, String field, String username) {
        PersonSummary person = identity.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new InvalidInputException(field, Text.of("problem.planning.nobody", username)));
        if (!portfolio.isMember(project.id(), person.id())) {
            throw new InvalidInputException(field, Text.of("problem.planning.notMember", person.username(), project.key()));
        }
        return person.id();
    }

    public Map<Long, PersonSummary> people(Collection<Long> ids) {
        return identity.byIds(ids.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** Upper-cased keys of items of this project the actor can see. */
    public Set<String> items(Actor actor, ProjectRef project, String field, Collection<String> keys) {
        Set<String> result = new TreeSet<>();
        if (keys == null) {
            return result;
        }
        if (keys.size() > MAX_ITEMS) {
            throw new InvalidInputException(field, Text.of("problem.planning.tooManyItems", MAX_ITEMS));
        }
        for (String key : keys) {
            result.add(item(actor, project, field, key).key().toUpperCase(Locale.ROOT));
        }
        return result;
    }

    public ItemView item(Actor actor, ProjectRef project, String field, String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException(field, Text.of("problem.planning.itemRequired", project.key()));
        }
        try {
            ItemView item = workItems.get(actor, key.strip());
            if (!item.projectKey().equalsIgnoreCase(project.key())) {
                throw new InvalidInputException(field, Text.of("problem.planning.otherProject", item.key()));
            }
            return item;
        } catch (NotFoundException e) {
            throw new InvalidInputException(field, Text.of("problem.planning.noItem", project.key(), key.strip()));
        }
    }
}
