package dev.tandem.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One day a person is away (leave, training, sick): it takes a day's hours off their capacity. */
@Entity
@Table(name = "person_leave")
public class PersonLeave {

    @EmbeddedId
    private Day id;
    private Instant addedAt;
    private String addedBy;

    protected PersonLeave() {
    }

    public PersonLeave(long personId, LocalDate onDate, Instant addedAt, String addedBy) {
        this.id = new Day(personId, onDate);
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public long personId() { return id.personId; }
    public LocalDate onDate() { return id.onDate; }
    /** Null for days recorded before this was kept. */
    public Instant addedAt() { return addedAt; }
    public String addedBy() { return addedBy; }

    @Embeddable
    static class Day implements Serializable {
        @Column(name = "person_id")
        Long personId;
        @Column(name = "on_date")
        LocalDate onDate;

        protected Day() {
        }

        Day(long personId, LocalDate onDate) {
            this.personId = personId;
            this.onDate = onDate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Day d && Objects.equals(personId, d.personId) && Objects.equals(onDate, d.onDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, onDate);
        }
    }
}
