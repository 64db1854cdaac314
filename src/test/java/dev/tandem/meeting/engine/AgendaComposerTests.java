package dev.tandem.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.meeting.engine.AgendaComposer.Buffer;
import dev.tandem.meeting.engine.AgendaComposer.Change;
import dev.tandem.meeting.engine.AgendaComposer.Flagged;
import dev.tandem.meeting.engine.AgendaComposer.Load;
import dev.tandem.meeting.engine.AgendaComposer.Milestone;
import dev.tandem.meeting.engine.AgendaComposer.OpenAction;
import dev.tandem.meeting.engine.AgendaComposer.Portfolio;
import dev.tandem.meeting.engine.AgendaComposer.ProjectStatus;
import dev.tandem.meeting.engine.AgendaComposer.Risk;
import dev.tandem.meeting.engine.AgendaComposer.Scorecard;
import dev.tandem.meeting.engine.AgendaComposer.Sync;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgendaComposerTests {

    /** Labels that show the key and its arguments, so the test sees exactly what was asked for. */
    private final AgendaComposer composer = new AgendaComposer((key, args) -> key.replace("meeting.agenda.", "")
            + (args.length == 0 ? "" : Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(",", "(", ")"))));

    @Test
    void theWeeklySyncListsTheReportsSectionsThenTheOpenActionItems() {
        Sync sync = new Sync("2027-W02",
                List.of(new Milestone("PAY-9", "Beta", LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-05"), 4, false),
                        new Milestone("PAY-10", "Launch", LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-01"), 0, false),
                        new Milestone("PAY-3", "Design", null, null, 0, true)),
                List.of(new Flagged("PAY-4", "Ledger", "72 %: behind")),
                List.of(new Flagged("PAY-5", "Vendor API", "waiting for keys")),
                List.of(),
                List.of(new Risk("Vendor slips", 16, "Wang Fang")),
                List.of(new Change("CR-2", "Drop refunds", List.of("Li Lei"))),
                new Buffer("YELLOW", "40", "10"),
                List.of(new Load("Zhang Wei", "48", "40")));
        List<OpenAction> open = List.of(new OpenAction("Call the vendor\nagain", "Li Lei", false,
                LocalDate.parse("2027-01-08"), LocalDate.parse("2027-01-04"), "PAY-12", "In progress"),
                new OpenAction("Write the runbook", "Chen Jie", true, null, LocalDate.parse("2027-01-04"), null, null));

        assertThat(composer.compose(sync, open)).isEqualTo("""
                ## milestones

                - PAY-9 Beta: milestone.late(2027-02-05,2027-02-01,4)
                - PAY-10 Launch: milestone.onTrack(2027-03-01,2027-03-01)
                - PAY-3 Design: milestone.done

                ## atRisk

                - PAY-4 Ledger — 72 %: behind

                ## blocked

                - PAY-5 Vendor API — waiting for keys

                ## overdue

                - none

                ## risks

                - Vendor slips — risk(16,Wang Fang)

                ## changes

                - CR-2 Drop refunds — waitingFor(Li Lei)

                ## buffer

                - buffer.state(zone.YELLOW,40,10)

                ## overCapacity

                - Zhang Wei: load(48,40)

                ## openActions

                - [ ] Call the vendor again — Li Lei, due(2027-01-08), agreedOn(2027-01-04), PAY-12 (In progress)
                - [ ] Write the runbook — Chen Jie ownerLeft, agreedOn(2027-01-04)

                ## other

                -
                """);
    }

    @Test
    void otherMeetingsListOnlyTheOpenActionItemsAndSayWhenThereAreNone() {
        assertThat(composer.compose(null, List.of())).isEqualTo("""
                ## openActions

                - none

                ## other

                -
                """);
    }

    @Test
    void aProjectWithoutBufferSaysSo() {
        Sync sync = new Sync("2027-W02", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of());

        assertThat(composer.compose(sync, List.of())).contains("## buffer\n\n- buffer.none\n");
    }

    @Test
    void thePmoAlignmentListsEachProjectsMilestonesTopThreeRisksOpenChangesAndScorecards() {
        ProjectStatus payments = new ProjectStatus("PAY", "Payments\nplatform",
                List.of(new Milestone("PAY-9", "Beta", LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-05"), 4, false)),
                List.of(new Risk("Vendor slips", 16, "Wang Fang"), new Risk("Key person leaves", 9, null),
                        new Risk("Audit finds gaps", 20, "Li Lei"), new Risk("Rates change", 12, "Chen Jie")),
                List.of(new Change("CR-2", "Drop refunds", List.of("Li Lei")), new Change("CR-3", "Add wallets", List.of())),
                List.of(new Scorecard("PAY-4", "Ledger", "3.75")));
        ProjectStatus ledger = new ProjectStatus("LED", "Ledger", List.of(), List.of(), List.of(), List.of());
        List<OpenAction> open = List.of(new OpenAction("Agree the Q2 budget", "Zhao Min", false, null,
                LocalDate.parse("2027-01-04"), null, null));

        assertThat(composer.compose(null, new Portfolio("Retail", List.of(payments, ledger)), open)).isEqualTo("""
                ## portfolio(Retail)

                ### PAY Payments platform

                #### milestones

                - PAY-9 Beta: milestone.late(2027-02-05,2027-02-01,4)

                #### topRisks

                - Audit finds gaps — risk(20,Li Lei)
                - Vendor slips — risk(16,Wang Fang)
                - Rates change — risk(12,Chen Jie)

                #### openChanges

                - CR-2 Drop refunds — waitingFor(Li Lei)
                - CR-3 Add wallets

                #### scorecards

                - PAY-4 Ledger: scorecard(3.75)

                ### LED Ledger

                #### milestones

                - none

                #### topRisks

                - none

                #### openChanges

                - none

                #### scorecards

                - none

                ## openActions

                - [ ] Agree the Q2 budget — Zhao Min, agreedOn(2027-01-04)

                ## other

                -
                """);
    }

    @Test
    void aPmoAlignmentOutsideAnyPortfolioCoversTheOrganisationAndSaysWhenItHasNoProjectToShow() {
        assertThat(composer.compose(null, new Portfolio(null, List.of()), List.of()))
                .startsWith("## organisation\n\n- none\n\n## openActions\n");
    }
}
