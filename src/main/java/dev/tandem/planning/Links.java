package dev.tandem.planning;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.InvalidInputException;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Resolves the people (owners) planning records refer to by id or key. */
@Component
class Links {

    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;

    Links(PortfolioManagement portfolio, IdentityManagement identity) {
        this.portfolio = portfolio;
        this.identity = identity;
    }

    /** The id of a member of the project, named by username. */
    long member(ProjectRef project, String field, String username) {
        PersonSummary person = identity.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new InvalidInputException(field, "names nobody: '" + username + "'"));
        if (!portfolio.isMember(project.id(), person.id())) {
            throw new InvalidInputException(field, person.username() + " is not a member of " + project.key());
        }
        return person.id();
    }

    Map<Long, PersonSummary> people(Collection<Long> ids) {
        return identity.byIds(ids.stream().filter(java.util.Objects::nonNull).toList());
    }
}
