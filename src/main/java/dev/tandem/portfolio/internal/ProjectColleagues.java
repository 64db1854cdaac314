package dev.tandem.portfolio.internal;

import dev.tandem.identity.Colleagues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells identity who shares a project, for reading each other's leave. */
@Component
class ProjectColleagues implements Colleagues {

    private final Memberships memberships;

    ProjectColleagues(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean shareAProject(long personId, long otherPersonId) {
        return memberships.countSharedProjects(personId, otherPersonId) > 0;
    }
}
