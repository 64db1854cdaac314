package dev.tandem.interchange.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MsProjectFilesTests {

    static byte[] sample() throws IOException {
        try (InputStream in = MsProjectFilesTests.class.getResourceAsStream("/interchange/payment-rollout.xml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theSampleReadsAsElevenTasksEightLinksAndThreeCalendarDays() throws IOException {
        Plan plan = MsProjectFiles.read(sample());

        assertThat(plan.name()).isEqualTo("Payment gateway rollout");
        assertThat(plan.start()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(plan.workingWeekdays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(plan.calendarDays()).containsExactlyInAnyOrder(
                new Plan.CalendarDay(LocalDate.of(2027, 2, 11), false, "Spring Festival"),
                new Plan.CalendarDay(LocalDate.of(2027, 2, 12), false, "Spring Festival"),
                new Plan.CalendarDay(LocalDate.of(2027, 2, 20), true, "Make-up working day"));
        assertThat(plan.tasks()).hasSize(11);
        Map<String, Plan.Task> byName = plan.tasks().stream().collect(Collectors.toMap(Plan.Task::name, t -> t));
        assertThat(byName.get("Backend").kind()).isEqualTo(Plan.Kind.SUMMARY);
        assertThat(byName.get("Backend").parentId()).isEqualTo(byName.get("Build").id());
        assertThat(byName.get("Go live").kind()).isEqualTo(Plan.Kind.MILESTONE);
        assertThat(byName.get("Go live").constraint()).isEqualTo(Plan.Constraint.FINISH_NO_LATER_THAN);
        assertThat(byName.get("Architecture").durationDays()).isEqualTo(4);
        assertThat(byName.get("Requirements").percentComplete()).isEqualTo(100);
        assertThat(plan.links()).hasSize(8).contains(new Plan.Link(byName.get("Architecture").id(),
                byName.get("Payment API").id(), "SS", 2));
        assertThat(plan.resources()).extracting(Plan.Resource::name).containsExactly("Alice Chen", "Bob Wang", "Contractor X");
    }

    @Test
    void aMilestoneStartsTheWorkingDayAfterItsDateSkippingHolidays() {
        Plan plan = new Plan("P", LocalDate.of(2027, 2, 1), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(new Plan.CalendarDay(LocalDate.of(2027, 2, 11), false, null),
                        new Plan.CalendarDay(LocalDate.of(2027, 2, 12), false, null)),
                List.of(), List.of(), List.of());

        // Wednesday 10 February → Thursday and Friday are holidays, the weekend is not worked → Monday 15th
        assertThat(MsProjectMapping.nextWorkingDay(plan, LocalDate.of(2027, 2, 10))).isEqualTo(LocalDate.of(2027, 2, 15));
    }

    @Test
    void theMappingTurnsSummariesIntoEpicsAndFeaturesAndConstraintsIntoDueDates() throws IOException {
        Plan plan = MsProjectFiles.read(sample());

        Incoming incoming = MsProjectMapping.toIncoming(plan,
                r -> r.name().equals("Alice Chen") ? Optional.of("alice") : Optional.empty(),
                done -> done == 100 ? "Done" : null);

        Map<String, Incoming.Item> byTitle = incoming.items().stream()
                .collect(Collectors.toMap(Incoming.Item::title, i -> i));
        assertThat(byTitle.get("Design").type()).isEqualTo("epic");
        assertThat(byTitle.get("Backend").type()).isEqualTo("feature");
        assertThat(byTitle.get("Backend").plannedStart()).isNull();
        assertThat(byTitle.get("Requirements").status()).isEqualTo("Done");
        assertThat(byTitle.get("Requirements").assignee()).isEqualTo("alice");
        assertThat(byTitle.get("Beta ready").plannedStart()).isEqualTo(LocalDate.of(2027, 2, 18));
        assertThat(byTitle.get("Go live").dueDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(byTitle.get("Launch preparation").plannedStart()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(incoming.unmatchedPeople()).containsExactly("Bob Wang", "Contractor X");
        assertThat(incoming.warnings()).extracting(Incoming.Problem::message)
                .containsExactly("“Payment API” has 2 resources (Alice Chen, Contractor X); an item has one assignee: alice.");
        assertThat(incoming.errors()).isEmpty();
    }

    @Test
    void filesThatAreNotMsProjectFilesAreNamedForWhatTheyAre() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

        assertThatThrownBy(() -> MsProjectFiles.read(png)).isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("PNG image");
        assertThatThrownBy(() -> MsProjectFiles.read("<html><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("HTML page");
        assertThatThrownBy(() -> MsProjectFiles.read(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> MsProjectFiles.read(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><Project xmlns=\"http://schemas.microsoft.com/project\">&e;</Project>")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("document type");
        byte[] ole2Garbage = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1, 2};
        assertThatThrownBy(() -> MsProjectFiles.read(ole2Garbage)).hasMessageContaining("cut short");
    }

    @Test
    void aWrittenPlanReadsBackTheSame() throws IOException {
        Plan plan = MsProjectFiles.read(sample());

        Plan again = MsProjectFiles.read(MsProjectFiles.write(plan));

        assertThat(again.calendarDays()).containsExactlyInAnyOrderElementsOf(plan.calendarDays());
        assertThat(again.tasks()).extracting(t -> t.name() + " " + t.kind() + " " + t.start() + " " + t.finish())
                .containsExactlyElementsOf(plan.tasks().stream()
                        .map(t -> t.name() + " " + t.kind() + " " + t.start() + " " + t.finish()).toList());
        Set<String> types = again.links().stream().map(Plan.Link::type).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder("FS", "SS", "FF", "SF");
    }
}
