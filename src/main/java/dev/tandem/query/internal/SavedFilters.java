package dev.tandem.query.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SavedFilters extends JpaRepository<SavedFilter, Long> {

    @Query("""
            select f from SavedFilter f
            where f.ownerId = :personId or f.projectId in :projectIds
            order by lower(f.name), f.id""")
    List<SavedFilter> visibleTo(long personId, Collection<Long> projectIds);

    long countByOwnerId(long ownerId);
}
