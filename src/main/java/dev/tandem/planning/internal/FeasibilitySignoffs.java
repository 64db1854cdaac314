package dev.tandem.planning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeasibilitySignoffs extends JpaRepository<FeasibilitySignoff, Long> {

    List<FeasibilitySignoff> findByProjectIdOrderBySignedAtAscIdAsc(long projectId);
}
