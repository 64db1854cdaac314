package dev.tandem.register;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Risks extends JpaRepository<Risk, Long> {

    List<Risk> findByProjectIdOrderByNumberAsc(long projectId);

    Optional<Risk> findByProjectIdAndNumber(long projectId, int number);
}
