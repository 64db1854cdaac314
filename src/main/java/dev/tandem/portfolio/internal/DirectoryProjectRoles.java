package dev.tandem.portfolio.internal;

import dev.tandem.identity.ProjectRoleGrants;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.NotFoundException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;

/** Project roles that an identity provider's groups grant at sign-in (see identity's group mapping). */
@Component
class DirectoryProjectRoles implements ProjectRoleGrants {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryProjectRoles.class);

    private final PortfolioManagement portfolio;

    DirectoryProjectRoles(PortfolioManagement portfolio) {
        this.portfolio = portfolio;
    }

    @Override
    public boolean knowsRole(String role) {
        return Arrays.stream(ProjectRole.values()).anyMatch(r -> r.name().equals(role));
    }

    @Override
    public void grant(String username, String projectKey, String role) {
        ProjectRole wanted = ProjectRole.valueOf(role);
        Actor system = Actor.system();
        try {
            var member = portfolio.members(system, projectKey).stream()
                    .filter(m -> m.username().equals(username)).findFirst();
            if (member.isEmpty()) {
                portfolio.addMember(system, projectKey, username, wanted);
            } else if (member.get().role() != wanted) {
                portfolio.changeRole(system, projectKey, username, wanted, member.get().version());
            }
        } catch (NotFoundException | ConflictException e) {
            // an unknown project, or taking away its last PM: the sign-in goes on without this role
            LOG.warn("Group mapping: role {} in project {} not granted to {}: {}", role, projectKey, username,
                    e.getMessage());
        }
    }
}
