package dev.tandem.delivery.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DevEvents extends JpaRepository<DevEvent, Long> {

    Optional<DevEvent> findByProjectIdAndKindAndRepositoryAndExternalId(long projectId, DevEvent.Kind kind,
                                                                      String repository, String externalId);

    /** Candidates naming the key; the caller checks the whole key, since {@code PAY-1} is inside {@code PAY-12}. */
    @Query("select e from DevEvent e where e.projectId = ?1 and e.itemKeys like concat('%', ?2, '%') order by e.occurredAt")
    List<DevEvent> naming(long projectId, String itemKey);

    @Query("select e from DevEvent e where e.projectId = ?1 and e.itemKeys <> '' and e.kind in ?2")
    List<DevEvent> withKeys(long projectId, List<DevEvent.Kind> kinds);

    List<DevEvent> findByProjectIdAndKind(long projectId, DevEvent.Kind kind);

    List<DevEvent> findByProjectIdAndOccurredAtGreaterThanEqual(long projectId, Instant since);

    List<DevEvent> findByProjectIdAndKindAndRepositoryAndBranch(long projectId, DevEvent.Kind kind, String repository,
                                                               String branch);
}
