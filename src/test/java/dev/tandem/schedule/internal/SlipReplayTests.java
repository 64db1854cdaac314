package dev.tandem.schedule.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.schedule.internal.SlipReplay.Attribution;
import dev.tandem.schedule.internal.SlipReplay.ChangeRequestWindow;
import dev.tandem.schedule.internal.SlipReplay.Contribution;
import dev.tandem.schedule.internal.SlipReplay.Kind;
import dev.tandem.schedule.internal.SlipReplay.Line;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed histories on a Monday-to-Friday calendar starting Monday 2027-01-04 (index 0). The plan: P-1 (5 days)
 * then P-2 (5 days) then milestone P-3, which falls on Friday 2027-01-15 (index 9), the baseline's date.
 */
class SlipReplayTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final Instant BASELINE = Instant.parse("2027-01-01T00:00:00Z");
    private static final Map<String, StatusCategory> STATUSES = Map.of("To do", StatusCategory.TODO,
            "In progress", StatusCategory.IN_PROGRESS, "Done", StatusCategory.DONE);

    private final Map<String, ItemView> items = new LinkedHashMap<>();
    private final List<DependencyView> links = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final Map<LocalDate, Boolean> holidays = new HashMap<>();
    private final Map<String, Set<LocalDate>> leave = new HashMap<>();

    SlipReplayTests() {
        task("P-1", "5", "alice");
        task("P-2", "5", "bob");
        milestone("P-3");
        link("P-1", "P-2");
        link("P-2", "P-3");
    }

    @Test
    void twoEstimateChangesByTwoPeopleOnAChainEachGetTheirDays() {
        estimate("P-1", "5", "7", "2027-01-02T10:00:00Z", "carol");
        estimate("P-2", "5", "6", "2027-01-02T11:00:00Z", "dave");

        Attribution m = milestone("P-3", "2027-01-03T00:00:00Z");

        assertThat(m.startDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(m.endDate()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(m.slipDays()).isEqualTo(3);
        assertThat(m.contributions()).extracting(Contribution::kind, Contribution::item, Contribution::owner,
                Contribution::from, Contribution::to, Contribution::days).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.ESTIMATE, "P-1", "carol", "5", "7", 2),
                org.assertj.core.groups.Tuple.tuple(Kind.ESTIMATE, "P-2", "dave", "5", "6", 1));
        assertThat(m.contributions().getFirst().drivingPath()).containsExactly("P-1", "P-2", "P-3");
    }

    @Test
    void aRemainingEstimateOnWorkInProgressIsAnEstimateChangeOfWhoeverSetIt() {
        progress("P-1", "In progress", StatusCategory.IN_PROGRESS, "2027-01-04", null);
        lines("2027-01-04T09:00:00Z", "alice", "P-1", "status", "To do", "In progress", "actualStart", null, "2027-01-04");
        // 64 h left at 8 h a day: eight days from Tuesday the 5th, where the elapsed-days guess left four
        ItemView started = items.get("P-1");
        items.put("P-1", new ItemView(0, "P-1", "P", "task", "P-1 title", null, started.status(), started.statusCategory(),
                false, null, null, "medium", "alice", null, null, null, Set.of(), null, null, null,
                started.mostLikelyDays(), null, null, null, null, started.actualStart(), null, 0, null, null, false,
                new BigDecimal("64")));
        lines("2027-01-05T10:00:00Z", "alice", "P-1", "remainingHours", null, "64");

        Attribution m = milestone("P-3", "2027-01-05T12:00:00Z");

        assertThat(m.contributions()).extracting(Contribution::kind, Contribution::item, Contribution::owner,
                Contribution::days).contains(org.assertj.core.groups.Tuple.tuple(Kind.ESTIMATE, "P-1", "alice", 4));
        assertThat(m.slipDays()).isEqualTo(m.contributions().stream().mapToInt(Contribution::days).sum());
    }

    @Test
    void aChangeOffTheDrivingPathContributesNothing() {
        task("P-4", "4", "erin");
        link("P-4", "P-3");
        estimate("P-4", "2", "4", "2027-01-02T10:00:00Z", "erin");

        Attribution m = milestone("P-3", "2027-01-03T00:00:00Z");

        assertThat(m.slipDays()).isZero();
        assertThat(m.contributions()).isEmpty();
        assertThat(m.zeroChanges()).isEqualTo(1);
        assertThat(m.endPath()).containsExactly("P-1", "P-2", "P-3");
    }

    @Test
    void workFinishedEarlyContributesANegativeAmount() {
        progress("P-1", "In progress", StatusCategory.IN_PROGRESS, "2027-01-04", null);
        lines("2027-01-04T09:00:00Z", "alice", "P-1", "status", "To do", "In progress",
                "actualStart", null, "2027-01-04");
        progress("P-1", "Done", StatusCategory.DONE, "2027-01-04", "2027-01-06");
        lines("2027-01-06T17:00:00Z", "alice", "P-1", "status", "In progress", "Done",
                "actualFinish", null, "2027-01-06");

        Attribution m = milestone("P-3", "2027-01-06T18:00:00Z");

        assertThat(m.endDate()).isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(m.slipDays()).isEqualTo(-2);
        assertThat(m.contributions()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.PROGRESS);
            assertThat(c.item()).isEqualTo("P-1");
            assertThat(c.owner()).isEqualTo("alice");
            assertThat(c.days()).isEqualTo(-2);
        });
    }

    @Test
    void aBlockedItemChargesTheDaysItWaitsToWhoeverBlockedItWithTheReason() {
        progress("P-1", "In progress", StatusCategory.IN_PROGRESS, "2027-01-04", null);
        lines("2027-01-04T09:00:00Z", "alice", "P-1", "status", "To do", "In progress",
                "actualStart", null, "2027-01-04");
        blocked("P-1", "waiting for the payment provider's keys", Instant.parse("2027-01-05T09:00:00Z"));
        lines("2027-01-05T09:00:00Z", "carol", "P-1", "blocked", "false", "true",
                "blockedReason", null, "waiting for the payment provider's keys");

        Attribution m = milestone("P-3", "2027-01-08T18:00:00Z");

        // worked one day (Jan 4), four left from Friday Jan 8 (index 4): P-1 to index 8, P-2 to 13, P-3 on index 12
        assertThat(m.endDate()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(m.slipDays()).isEqualTo(3);
        assertThat(m.contributions()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.BLOCKED);
            assertThat(c.item()).isEqualTo("P-1");
            assertThat(c.owner()).isEqualTo("carol");
            assertThat(c.note()).isEqualTo("waiting for the payment provider's keys");
            assertThat(c.days()).isEqualTo(3);
        });
    }

    @Test
    void lateWorkIsChargedToTheAssigneeOfTheItemThatDrivesTheDate() {
        // nobody starts P-1: on Wednesday Jan 6 (index 2) it still needs five days
        Attribution m = milestone("P-3", "2027-01-06T18:00:00Z");

        assertThat(m.slipDays()).isEqualTo(2);
        assertThat(m.contributions()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.LATE);
            assertThat(c.item()).isEqualTo("P-1");
            assertThat(c.owner()).isEqualTo("alice");
            assertThat(c.note()).isEqualTo("not started");
        });
    }

    @Test
    void anApprovedChangeRequestAddingAnItemIsChargedToTheRequestAndItsApprovers() {
        task("P-5", "3", "bob");
        link("P-2", "P-5");
        link("P-5", "P-3");
        Instant applied = Instant.parse("2027-01-02T10:00:00.100Z");
        lines.add(new Line(lines.size() + 1, applied, "frank", "P-5", "item", null, "type=task", Map.of("type", "task",
                "title", "Fraud check", "status", "To do", "mostLikelyDays", "3", "assignee", "bob")));
        lines.add(new Line(lines.size() + 1, applied, "frank", "P-5", "dependency", null, "P-2 FS", Map.of()));
        lines.add(new Line(lines.size() + 1, applied, "frank", "P-3", "dependency", null, "P-5 FS", Map.of()));
        var window = new ChangeRequestWindow("CR-1", "Add a fraud check", "frank", List.of("frank", "grace"),
                Instant.parse("2027-01-02T10:00:00Z"), Instant.parse("2027-01-02T10:00:01Z"), Map.of("P-3", 3));

        Attribution m = SlipReplay.attribute(plan(), lines, List.of(window), BASELINE,
                Instant.parse("2027-01-03T00:00:00Z"), List.of("P-3"), Map.of("P-3", LocalDate.of(2027, 1, 15)))
                .getFirst();

        assertThat(m.slipDays()).isEqualTo(3);
        assertThat(m.contributions()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.CHANGE_REQUEST);
            assertThat(c.changeRequest()).isEqualTo("CR-1");
            assertThat(c.approvers()).containsExactly("frank", "grace");
            assertThat(c.predictedDays()).isEqualTo(3);
            assertThat(c.days()).isEqualTo(3);
        });
    }

    @Test
    void aDeletedItemKeepsItsContributionAndIsShownAsDeleted() {
        // P-4 (3 days) stood between P-2 and the milestone at the baseline, then was deleted
        lines("2027-01-02T10:00:00Z", "carol", "P-3", "dependency", "P-4 FS", null);
        lines("2027-01-02T10:00:00Z", "carol", "P-4", "dependency", "P-2 FS", null);
        lines.add(new Line(lines.size() + 1, Instant.parse("2027-01-02T10:00:00Z"), "carol", "P-4", "item",
                "type=task", null, Map.of("type", "task", "title", "Legacy export", "status", "To do",
                "mostLikelyDays", "3")));

        Attribution m = SlipReplay.attribute(plan(), lines, List.of(), BASELINE,
                Instant.parse("2027-01-03T00:00:00Z"), List.of("P-3"), Map.of("P-3", LocalDate.of(2027, 1, 20)))
                .getFirst();

        assertThat(m.startPath()).containsExactly("P-1", "P-2", "P-4", "P-3");
        assertThat(m.slipDays()).isEqualTo(-3);
        assertThat(m.contributions()).extracting(Contribution::itemDeleted, Contribution::itemTitle,
                Contribution::kind).contains(org.assertj.core.groups.Tuple.tuple(true, "Legacy export", Kind.SCOPE));
    }

    @Test
    void aHolidayAddedAfterTheBaselineIsACalendarContribution() {
        holidays.put(LocalDate.of(2027, 1, 7), false);
        lines("2027-01-02T10:00:00Z", "grace", "2027-01-07", "calendar", null, "holiday Founders' day");

        Attribution m = milestone("P-3", "2027-01-03T00:00:00Z");

        assertThat(m.endDate()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(m.contributions()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.CALENDAR);
            assertThat(c.owner()).isEqualTo("grace");
            assertThat(c.itemDeleted()).isFalse();
        });
        // counted in the calendar as it is now, where Jan 15 to Jan 18 is one working day
        assertThat(m.slipDays()).isEqualTo(1);
    }

    @Test
    void leaveRecordedAfterTheBaselineIsChargedToPeople() {
        leave.put("alice", Set.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6)));
        lines("2027-01-02T10:00:00Z", "alice", "alice", "leave", null, "2027-01-05");
        lines("2027-01-02T10:00:00Z", "alice", "alice", "leave", null, "2027-01-06");

        Attribution m = milestone("P-3", "2027-01-03T00:00:00Z");

        assertThat(m.slipDays()).isEqualTo(2);
        assertThat(m.contributions()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.PEOPLE);
            assertThat(c.days()).isEqualTo(2);
        });
    }

    @Test
    void aMilestoneAddedAfterTheStartStartsAtItsFirstForecast() {
        milestone("P-6");
        link("P-1", "P-6");
        lines.add(new Line(lines.size() + 1, Instant.parse("2027-01-02T10:00:00Z"), "carol", "P-6", "item", null,
                "type=milestone", Map.of("type", "milestone", "title", "Design done", "status", "To do")));
        lines("2027-01-02T10:00:01Z", "carol", "P-6", "dependency", null, "P-1 FS");

        Attribution m = milestone("P-6", "2027-01-03T00:00:00Z");

        assertThat(m.addedAt()).isEqualTo(Instant.parse("2027-01-02T10:00:00Z"));
        assertThat(m.endDate()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(m.slipDays()).isEqualTo(m.contributions().stream().mapToInt(Contribution::days).sum());
    }

    @Test
    void storyPointsFollowTheProjectsRateWhicheverItemChanges() {
        // P-4 sets the rate (4 points, 8 days: 2 days a point), P-5 is estimated in points only, after P-2
        items.put("P-4", pointed("P-4", "4", "8"));
        items.put("P-5", pointed("P-5", "3", null));
        link("P-2", "P-5");
        link("P-5", "P-3");
        // P-5 grew from 2 points (4 days) to 3 (6 days); P-4's days went from 4 (1 a point) to 8 (2 a point)
        lines("2027-01-02T10:00:00Z", "carol", "P-5", "storyPoints", "2", "3");
        lines("2027-01-02T11:00:00Z", "dave", "P-4", "mostLikelyDays", "4", "8");

        Attribution m = milestone("P-3", "2027-01-03T00:00:00Z");

        // at the start P-5 took 2 days (2 points at 1 day a point): P-3 on index 11, two days after the reference;
        // then 3 days, then 6
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday(START);
        assertThat(m.contributions()).extracting(Contribution::owner, Contribution::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 2),
                        org.assertj.core.groups.Tuple.tuple("carol", 1),
                        org.assertj.core.groups.Tuple.tuple("dave", 3));
        assertThat(m.endDate()).isEqualTo(calendar.dateOf(15));
    }

    private static ItemView pointed(String key, String points, String days) {
        return new ItemView(0, key, "P", "task", key + " title", null, "To do", StatusCategory.TODO, false, null, null,
                "medium", null, null, null, null, Set.of(), new BigDecimal(points), null, null,
                days == null ? null : new BigDecimal(days), null, null, null, null, null, null, 0, null, null, false);
    }

    @Test
    void aMilestoneDeletedInTheWindowKeepsItsMovementUpToThen() {
        // P-6 after P-2 existed at the baseline; P-1 grew by two days, then P-6 was deleted
        estimate("P-1", "5", "7", "2027-01-02T10:00:00Z", "carol");
        lines("2027-01-02T11:00:00Z", "dave", "P-6", "dependency", "P-2 FS", null);
        lines.add(new Line(lines.size() + 1, Instant.parse("2027-01-02T11:00:00Z"), "dave", "P-6", "item",
                "type=milestone", null, Map.of("type", "milestone", "title", "Beta", "status", "To do")));

        Attribution m = SlipReplay.attribute(plan(), lines, List.of(), BASELINE, Instant.parse("2027-01-03T00:00:00Z"),
                List.of("P-6"), Map.of("P-6", LocalDate.of(2027, 1, 15))).getFirst();

        assertThat(m.removed()).isTrue();
        assertThat(m.title()).isEqualTo("Beta");
        assertThat(m.endDate()).isNull();
        assertThat(m.slipDays()).isEqualTo(2);
        assertThat(m.contributions()).singleElement().extracting(Contribution::owner).isEqualTo("carol");
    }

    @Test
    void theContributionsAlwaysAddUpToTheSlipAndEndAtTheForecastOfTheCurrentPlan() {
        Random random = new Random(7);
        for (int run = 0; run < 40; run++) {
            items.clear();
            links.clear();
            lines.clear();
            int n = 3 + random.nextInt(8);
            String[] estimates = new String[n];
            for (int i = 1; i <= n; i++) {
                estimates[i - 1] = Integer.toString(1 + random.nextInt(6));
                task("P-" + i, estimates[i - 1], i % 2 == 0 ? "alice" : "bob");
                if (i > 1) {
                    link("P-" + (1 + random.nextInt(i - 1)), "P-" + i);
                }
            }
            milestone("P-" + (n + 1));
            link("P-" + n, "P-" + (n + 1));
            Instant at = BASELINE;
            for (int c = 0; c < 12; c++) {
                at = at.plusSeconds(3600L * (1 + random.nextInt(30)));
                int i = 1 + random.nextInt(n);
                ItemView item = items.get("P-" + i);
                LocalDate day = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
                if (c % 4 == 3 && item.statusCategory() == StatusCategory.TODO && !day.isBefore(START)) {
                    // work starts that day
                    progress("P-" + i, "In progress", StatusCategory.IN_PROGRESS, day.toString(), null);
                    lines("" + at, "alice", "P-" + i, "status", "To do", "In progress", "actualStart", null, day.toString());
                } else if (c % 4 == 1 && item.statusCategory() == StatusCategory.IN_PROGRESS) {
                    progress("P-" + i, "Done", StatusCategory.DONE, item.actualStart().toString(), day.toString());
                    lines("" + at, "bob", "P-" + i, "status", "In progress", "Done", "actualFinish", null, day.toString());
                } else if (item.statusCategory() == StatusCategory.TODO) {
                    String next = Integer.toString(1 + random.nextInt(8));
                    lines("" + at, c % 3 == 0 ? "carol" : "dave", "P-" + i, "mostLikelyDays", estimates[i - 1], next);
                    estimates[i - 1] = next;
                    task("P-" + i, next, i % 2 == 0 ? "alice" : "bob");
                }
            }
            Instant to = at.plusSeconds(86_400L * random.nextInt(4));
            LocalDate reference = LocalDate.of(2027, 1, 12 + random.nextInt(8));

            Attribution m = SlipReplay.attribute(plan(), lines, List.of(), BASELINE, to, List.of("P-" + (n + 1), SlipReplay.PROJECT),
                    Map.of("P-" + (n + 1), reference)).getFirst();

            WorkingCalendar calendar = WorkingCalendar.mondayToFriday(START);
            var direct = NetworkAssembler.plan(List.copyOf(items.values()), links, calendar, Map.of(),
                    LocalDate.ofInstant(to, java.time.ZoneOffset.UTC), Map.of());
            LocalDate expected = calendar.dateOf(direct.schedule().activity("P-" + (n + 1)).earlyStart() - 1);
            assertThat(m.endDate()).as("run %d", run).isEqualTo(expected);
            assertThat(m.slipDays()).as("run %d", run)
                    .isEqualTo(calendar.finishIndexOf(expected) - calendar.finishIndexOf(reference))
                    .isEqualTo(m.contributions().stream().mapToInt(Contribution::days).sum());
        }
    }

    // building the plan as it is now and its history

    private Attribution milestone(String key, String to) {
        return SlipReplay.attribute(plan(), lines, List.of(), BASELINE, Instant.parse(to), List.of(key),
                Map.of(key, LocalDate.of(2027, 1, 15))).getFirst();
    }

    private SlipReplay.Plan plan() {
        return new SlipReplay.Plan(List.copyOf(items.values()), List.copyOf(links), START,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays, leave, Map.of(), STATUSES);
    }

    private void task(String key, String days, String assignee) {
        items.put(key, item(key, "task", "To do", StatusCategory.TODO, days, assignee, null, null, false, null, null));
    }

    private void milestone(String key) {
        items.put(key, item(key, "milestone", "To do", StatusCategory.TODO, null, null, null, null, false, null, null));
    }

    private void progress(String key, String status, StatusCategory category, String start, String finish) {
        ItemView i = items.get(key);
        items.put(key, item(key, i.type(), status, category, i.mostLikelyDays().toPlainString(), i.assignee(),
                LocalDate.parse(start), finish == null ? null : LocalDate.parse(finish), false, null, null));
    }

    private void blocked(String key, String reason, Instant since) {
        ItemView i = items.get(key);
        items.put(key, item(key, i.type(), i.status(), i.statusCategory(), i.mostLikelyDays().toPlainString(),
                i.assignee(), i.actualStart(), i.actualFinish(), true, reason, since));
    }

    private static ItemView item(String key, String type, String status, StatusCategory category, String days,
                                 String assignee, LocalDate actualStart, LocalDate actualFinish, boolean blocked,
                                 String reason, Instant since) {
        return new ItemView(0, key, "P", type, key + " title", null, status, category, blocked, reason, since, "medium",
                assignee, null, null, null, Set.of(), null, null, null, days == null ? null : new BigDecimal(days), null,
                null, null, null, actualStart, actualFinish, 0, null, null, false);
    }

    private void link(String predecessor, String successor) {
        links.add(new DependencyView(0, predecessor, null, successor, null, DependencyType.FS, 0));
    }

    private void estimate(String key, String from, String to, String at, String actor) {
        ItemView i = items.get(key);
        items.put(key, item(key, i.type(), i.status(), i.statusCategory(), to, i.assignee(), null, null, false, null, null));
        lines(at, actor, key, "mostLikelyDays", from, to);
    }

    /** Lines at one instant: field, old value, new value, repeated. */
    private void lines(String at, String actor, String item, String... fieldOldNew) {
        for (int f = 0; f < fieldOldNew.length; f += 3) {
            lines.add(new Line(lines.size() + 1, Instant.parse(at), actor, item, fieldOldNew[f], fieldOldNew[f + 1],
                    fieldOldNew[f + 2], Map.of()));
        }
    }
}
