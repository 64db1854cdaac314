package dev.tandem.planning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Adrs extends JpaRepository<Adr, Long> {

    List<Adr> findByProjectIdOrderByNumberAsc(long projectId);

    Optional<Adr> findByProjectIdAndNumber(long projectId, int number);
}
