package dev.tandem.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One day a person is away (leave, training, sick): it takes a day's hours off their capacity. */
@Entity
@Table(name = "person_leave")
class PersonLeave {

    @EmbeddedId
    private Day id;

    protected PersonLeave() {
    }

    PersonLeave(long personId, LocalDate onDate) {
        this.id = new Day(personId, onDate);
    }

    long personId() { return id.personId; }
    LocalDate onDate() { return id.onDate; }

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
