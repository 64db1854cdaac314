package dev.tandem.identity.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Leaves extends JpaRepository<PersonLeave, PersonLeave.Day> {

    @Query("""
            select l from PersonLeave l where l.id.personId in :personIds and l.id.onDate between :from and :to
            order by l.id.personId, l.id.onDate""")
    List<PersonLeave> findBetween(Collection<Long> personIds, LocalDate from, LocalDate to);
}
