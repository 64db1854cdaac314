package dev.tandem.meeting.internal;

import jakarta.persistence.Embeddable;

/** One attendee of a meeting: a member ({@code personId}) or a guest named by name and e-mail. */
@Embeddable
public class Attendee {

    private Long personId;
    private String guestName;
    private String guestEmail;

    protected Attendee() {
    }

    public static Attendee member(long personId) {
        Attendee a = new Attendee();
        a.personId = personId;
        return a;
    }

    public static Attendee guest(String name, String email) {
        Attendee a = new Attendee();
        a.guestName = name;
        a.guestEmail = email;
        return a;
    }

    public Long personId() { return personId; }
    public String guestName() { return guestName; }
    public String guestEmail() { return guestEmail; }
}
