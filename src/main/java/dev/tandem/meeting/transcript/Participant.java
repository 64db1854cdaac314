package dev.tandem.meeting.transcript;

import java.util.List;
import java.util.Objects;

/**
 * Someone an action item may be assigned to: a project member or attendee, as the caller knows them.
 *
 * @param username    the key the caller uses for this person (returned in {@link Owner#username()})
 * @param displayName the name shown in Tandem, in any script
 * @param aliases     other names people say in meetings (a name in the other script, a nickname); may be empty
 */
public record Participant(String username, String displayName, List<String> aliases) {

    public Participant {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        aliases = List.copyOf(aliases);
    }

    public Participant(String username, String displayName) {
        this(username, displayName, List.of());
    }
}
