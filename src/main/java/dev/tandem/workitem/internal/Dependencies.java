package dev.tandem.workitem.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Dependencies extends JpaRepository<Dependency, Long> {

    List<Dependency> findByProjectId(long projectId);

    List<Dependency> findBySuccessorId(long successorId);

    List<Dependency> findByPredecessorId(long predecessorId);

    Optional<Dependency> findByPredecessorIdAndSuccessorId(long predecessorId, long successorId);
}
