package dev.tandem.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationTests {

    private static final Invitation.Meeting MEETING = new Invitation.Meeting("meeting-7@pay.tandem", 3,
            "PAY · 项目-工程周同步会; risks, decisions", "## 议程\n- 里程碑, 风险", "https://tandem.example/projects/PAY/meetings/7",
            Instant.parse("2027-01-04T02:00:00Z"), 90, new Invitation.Person("Wang Fang", "wang@example.com"),
            List.of(new Invitation.Person("Li Lei", "li@example.com"), new Invitation.Person("Guest, Outside", "g@partner.example")),
            Instant.parse("2026-12-01T08:00:00Z"));

    @Test
    void anInvitationIsAnRfc5545RequestInUtc() {
        String text = Invitation.write(MEETING);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        assertThat(text).contains("\r\nMETHOD:REQUEST\r\n", "\r\nPRODID:-//Tandem//Meetings//EN\r\n",
                "\r\nUID:meeting-7@pay.tandem\r\n", "\r\nSEQUENCE:3\r\n", "\r\nDTSTART:20270104T020000Z\r\n",
                "\r\nDTSTAMP:20261201T080000Z\r\n");
        // commas and semicolons in text values are escaped
        assertThat(unfold(text)).contains("SUMMARY:PAY · 项目-工程周同步会\\; risks\\, decisions");
        assertThat(text).endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctets() {
        String text = Invitation.write(MEETING);

        assertThat(Arrays.stream(text.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameMeeting() {
        ICalendar calendar = Biweekly.parse(Invitation.write(MEETING)).first();
        VEvent event = calendar.getEvents().getFirst();

        assertThat(event.getSummary().getValue()).isEqualTo("PAY · 项目-工程周同步会; risks, decisions");
        assertThat(event.getDescription().getValue()).isEqualTo("## 议程\n- 里程碑, 风险");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-01-04T02:00:00Z"));
        assertThat(event.getDuration().getValue().toMillis()).isEqualTo(90 * 60_000L);
        assertThat(event.getOrganizer().getEmail()).isEqualTo("wang@example.com");
        assertThat(event.getAttendees()).extracting(a -> a.getCommonName() + " <" + a.getEmail() + ">")
                .containsExactly("Li Lei <li@example.com>", "Guest, Outside <g@partner.example>");
        assertThat(event.getUrl().getValue()).isEqualTo("https://tandem.example/projects/PAY/meetings/7");
    }

    private static String unfold(String text) {
        return text.replace("\r\n ", "");
    }
}
