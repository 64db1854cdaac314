package dev.tandem.audit.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:actor is null or e.actor = :actor)
              and (:targetType is null or e.targetType = :targetType)
              and (:target is null or e.target = :target)
            order by e.seq desc""")
    Page<AuditEntry> search(String actor, String targetType, String target, Pageable pageable);

    List<AuditEntry> findBySeqBetweenOrderBySeq(long from, long to);
}
