package dev.tandem.meeting;

import jakarta.persistence.Embeddable;

/** One attendee of a meeting: a member ({@code personId}) or a guest named by name and e-mail. */
@Embeddable
class Attendee {

    private Long personId;
    private String guestName;
    private String guestEmail;

    protected Attendee() {
    }

    static Attendee member(long personId) {
        Attendee a = new Attendee();
        a.personId = personId;
        return a;
    }

    static Attendee guest(String name, String email) {
        Attendee a = new Attendee();
        a.guestName = name;
        a.guestEmail = email;
        return a;
    }

    Long personId() { return personId; }
    String guestName() { return guestName; }
    String guestEmail() { return guestEmail; }
}
