package dev.tandem.portfolio.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Projects extends JpaRepository<Project, Long> {

    Optional<Project> findByKeyIgnoreCase(String key);

    boolean existsByKeyIgnoreCase(String key);

    List<Project> findAllByOrderByKeyAsc();

    @Query("select p from Project p where p.id in (select m.projectId from Membership m where m.personId = :personId) order by p.key")
    List<Project> findForMember(long personId);
}
