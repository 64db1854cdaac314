package dev.tandem.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeasibilitySignoffs extends JpaRepository<FeasibilitySignoff, Long> {

    List<FeasibilitySignoff> findByProjectIdOrderBySignedAtAscIdAsc(long projectId);
}
