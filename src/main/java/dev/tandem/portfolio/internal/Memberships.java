package dev.tandem.portfolio.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import dev.tandem.portfolio.ProjectRole;

public interface Memberships extends JpaRepository<Membership, Long> {

    Optional<Membership> findByProjectIdAndPersonId(long projectId, long personId);

    List<Membership> findByProjectId(long projectId);

    List<Membership> findByProjectIdIn(Collection<Long> projectIds);

    List<Membership> findByPersonId(long personId);

    long countByProjectIdAndRole(long projectId, ProjectRole role);

    @Query("""
            select count(a) from Membership a, Membership b
            where a.projectId = b.projectId and a.personId = :personId and b.personId = :otherPersonId""")
    long countSharedProjects(long personId, long otherPersonId);
}
