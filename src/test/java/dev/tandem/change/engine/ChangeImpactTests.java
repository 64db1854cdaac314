package dev.tandem.change.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.change.ImpactAssessment;
import dev.tandem.change.ProposedChange;
import dev.tandem.identity.PersonSummary;
import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.PlanSnapshot;
import dev.tandem.shared.ConflictException;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One small plan, every expected value worked out by hand. The project starts Monday 2 March 2026 and works Monday to
 * Friday; Wednesday 4 March is a holiday, so the working days are Mar 2, 3, 5, 6, 9, 10, 11, 12, 13, 16 …
 * <pre>
 * P-1 Design  2 days, mei, 16 h          Mar 2 – Mar 3
 * P-2 Build   3 days, li,  24 h, after P-1  Mar 5 – Mar 9
 * P-3 Launch  milestone after P-2         Mar 9   (baseline Mar 6)
 * P-4 Docs    1 day,  li,  no hours, after P-1 and P-5  Mar 5
 * P-5 Crash   an open bug, 1 day, before P-4          Mar 2
 * </pre>
 * li works 40 h a week (8 h a day) at 100 an hour and is on leave on Friday 13 March; mei has no rate.
 */
class ChangeImpactTests {

    static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);

    static final List<ItemView> ITEMS = List.of(
            item("P-1", "task", "Design", "mei", "2", "16"),
            item("P-2", "task", "Build", "li", "3", "24"),
            item("P-3", "milestone", "Launch", null, null, null),
            item("P-4", "task", "Docs", "li", "1", null),
            item("P-5", "bug", "Crash", null, null, null));

    static final List<DependencyView> LINKS = List.of(link("P-1", "P-2"), link("P-2", "P-3"), link("P-1", "P-4"),
            link("P-5", "P-4"));

    static final PlanSnapshot PLAN = new PlanSnapshot("P", MAR_2, MAR_2, ITEMS, LINKS,
            new CalendarView(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    List.of(new CalendarView.Exception(LocalDate.of(2026, 3, 4), false, "holiday")), 1),
            Map.of("li", person(1, "li", "Li Lei"), "mei", person(2, "mei", "Han Mei")),
            Map.of("li", Set.of(LocalDate.of(2026, 3, 13))), null, Map.of("P-3", LocalDate.of(2026, 3, 6)));

    static final Map<String, BigDecimal> RATES = Map.of("li", BigDecimal.valueOf(100));

    @Test
    void aLongerCriticalItemMovesTheMilestoneAndTheFinishAndOverloadsItsAssignee() {
        ImpactAssessment impact = ChangeImpact.assess(PLAN, RATES,
                List.of(new ProposedChange.SetEstimate("P-2", new BigDecimal("5"), new BigDecimal("60"), null)),
                4, "well understood", "CNY");

        // P-2 now runs Mar 5, 6, 9, 10, 11: two working days later than Mar 9
        assertThat(impact.finishBefore()).isEqualTo("2026-03-09");
        assertThat(impact.finishAfter()).isEqualTo("2026-03-11");
        assertThat(impact.slipWorkingDays()).isEqualTo(2);
        assertThat(impact.milestones()).containsExactly(new ImpactAssessment.MilestoneImpact("P-3", "Launch",
                LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11), 2));
        assertThat(impact.newlyCritical()).isEmpty();
        // 60 h - 24 h at li's 100 an hour
        assertThat(impact.effortDeltaHours()).isEqualByComparingTo("36");
        assertThat(impact.costDelta()).isEqualByComparingTo("3600.00");
        assertThat(impact.rateCardComplete()).isTrue();
        // 60 h over 5 working days is 12 h a day; week 11 holds Mar 9, 10, 11: 36 h against 4 days (leave on the
        // 13th) × 40 / 5 = 32 h. Before, 24 h over 3 days put 8 h in week 11. Week 10 (16 h → 24 h of 32 h) is fine.
        assertThat(impact.overCapacity()).singleElement().satisfies(o -> {
            assertThat(o.username()).isEqualTo("li");
            assertThat(o.week()).isEqualTo("2026-W11");
            assertThat(o.plannedHours()).isEqualByComparingTo("36.0");
            assertThat(o.availableHours()).isEqualByComparingTo("32.0");
            assertThat(o.displayName()).isEqualTo("Li Lei");
        });
        assertThat(impact.quality()).isEqualTo(new ImpactAssessment.Quality(4, "well understood", List.of()));
        assertThat(impact.affectedItems()).containsExactly("P-2");
        assertThat(impact.currency()).isEqualTo("CNY");
    }

    @Test
    void anItemThatOutrunsTheCriticalChainBecomesCritical() {
        ImpactAssessment impact = ChangeImpact.assess(PLAN, RATES,
                List.of(new ProposedChange.SetEstimate("P-4", new BigDecimal("6"), null, null)), null, null, "CNY");

        // P-4 now runs Mar 5, 6, 9, 10, 11, 12 and finishes three working days after the milestone
        assertThat(impact.finishAfter()).isEqualTo("2026-03-12");
        assertThat(impact.slipWorkingDays()).isEqualTo(3);
        assertThat(impact.newlyCritical()).containsExactly("P-4");
        assertThat(impact.milestones()).singleElement()
                .satisfies(m -> assertThat(m.slipWorkingDays()).as("P-3 does not move").isZero());
        // P-4 has no hour estimate: 6 days × 8 h - 1 day × 8 h, at li's rate
        assertThat(impact.effortDeltaHours()).isEqualByComparingTo("40");
        assertThat(impact.costDelta()).isEqualByComparingTo("4000.00");
        assertThat(impact.overCapacity()).as("effort without an hour estimate is not counted as load").isEmpty();
        assertThat(impact.quality().openBugs()).as("the open bug linked to P-4").containsExactly("P-5");
    }

    @Test
    void effortOfSomeoneWithoutARateLeavesTheCostIncomplete() {
        ImpactAssessment impact = ChangeImpact.assess(PLAN, RATES,
                List.of(new ProposedChange.SetEstimate("P-1", null, new BigDecimal("20"), null)), null, null, "CNY");

        assertThat(impact.effortDeltaHours()).isEqualByComparingTo("4");
        assertThat(impact.costDelta()).isEqualByComparingTo("0.00");
        assertThat(impact.rateCardComplete()).isFalse();
        assertThat(impact.slipWorkingDays()).as("hours do not change a duration given in days").isZero();
    }

    @Test
    void theWhatIfAddsAndRemovesItemsAndTheirLinks() {
        ChangeImpact.WhatIf whatIf = ChangeImpact.apply(ITEMS, LINKS, List.of(
                new ProposedChange.RemoveItem("P-4"),
                new ProposedChange.AddItem("task", "Tests", new BigDecimal("2"), null, null, List.of("P-2"), null, null,
                        "li")));

        assertThat(whatIf.items()).extracting(ItemView::key).containsExactly("P-1", "P-2", "P-3", "P-5", "NEW-1");
        assertThat(whatIf.dependencies()).extracting(d -> d.predecessor() + "→" + d.successor())
                .containsExactly("P-1→P-2", "P-2→P-3", "P-2→NEW-1");
        assertThat(whatIf.touched()).containsExactly("P-4", "NEW-1");

        // the current plan's items and links are left as they were
        assertThat(PLAN.items()).hasSize(5);
        assertThat(PLAN.dependencies()).hasSize(4);
    }

    @Test
    void aStepThatClosesACycleCannotBeScheduled() {
        assertThatThrownBy(() -> ChangeImpact.assess(PLAN, RATES,
                List.of(new ProposedChange.AddDependency("P-1", "P-3", "FS", 0)), null, null, "CNY"))
                .isInstanceOf(ConflictException.class);
    }

    private static ItemView item(String key, String type, String title, String assignee, String days, String hours) {
        return new ItemView(0, key, "P", type, title, null, "To do", StatusCategory.TODO, false, null, null, "medium",
                assignee, assignee, "pm", null, Set.of(), null, hours == null ? null : new BigDecimal(hours), null,
                days == null ? null : new BigDecimal(days), null, null, null, null, null, null, 0, null, null, false);
    }

    private static DependencyView link(String predecessor, String successor) {
        return new DependencyView(0, predecessor, null, successor, null, DependencyType.FS, 0);
    }

    private static PersonSummary person(long id, String username, String name) {
        return new PersonSummary(id, username, name, username + "@example.com", "en", BigDecimal.valueOf(40), null,
                true, List.of(), true, 0);
    }
}
