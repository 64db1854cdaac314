package dev.tandem.portfolio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Memberships extends JpaRepository<Membership, Long> {

    Optional<Membership> findByProjectIdAndPersonId(long projectId, long personId);

    List<Membership> findByProjectId(long projectId);

    List<Membership> findByPersonId(long personId);

    long countByProjectIdAndRole(long projectId, ProjectRole role);
}
