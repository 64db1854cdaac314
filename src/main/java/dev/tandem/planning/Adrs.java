package dev.tandem.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Adrs extends JpaRepository<Adr, Long> {

    List<Adr> findByProjectIdOrderByNumberAsc(long projectId);

    Optional<Adr> findByProjectIdAndNumber(long projectId, int number);

    @Query("select coalesce(max(a.number), 0) from Adr a where a.projectId = ?1")
    int maxNumber(long projectId);
}
