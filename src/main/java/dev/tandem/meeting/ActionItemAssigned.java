package dev.tandem.meeting;

import java.time.LocalDate;

/** A person became the owner of an action item of a meeting; the inbox tells them. {@code link} opens the meeting. */
public record ActionItemAssigned(long ownerId, String projectKey, String meetingTitle, String title, LocalDate due,
                                 String link) {
}
