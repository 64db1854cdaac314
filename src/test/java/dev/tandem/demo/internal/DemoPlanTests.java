package dev.tandem.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.demo.internal.DemoPlan.Item;
import dev.tandem.demo.internal.DemoPlan.Stage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoPlanTests {

    private static final String OUTLINE = """
            F Feature | #f
              S First story | 3d #a
              S Second story | 2d #b
              T Tests alongside | par ss:a+1 2d #c
              B A bug | w1 1d late #bug
            M Done milestone | fs:f #m
            S After the milestone | fs:m+2 1d #d
            S Finishes with the first | ff:a+0 2d blocked #e
            """;

    @Test
    void siblingsQueueUpAndAreLinkedFinishToStart() {
        DemoPlan plan = DemoPlan.of(OUTLINE, 0);

        assertThat(span(plan.item("a"))).containsExactly(0, 2);
        assertThat(span(plan.item("b"))).containsExactly(3, 4);
        assertThat(plan.item("b").predecessors).singleElement()
                .satisfies(l -> assertThat(l.predecessor()).isSameAs(plan.item("a")));
    }

    @Test
    void linksAndLagsMoveTheSuccessor() {
        DemoPlan plan = DemoPlan.of(OUTLINE, 0);

        assertThat(span(plan.item("c"))).as("SS +1").containsExactly(1, 2);
        assertThat(span(plan.item("m"))).as("a milestone sits on its predecessor's last day").containsExactly(5, 5);
        assertThat(span(plan.item("d"))).as("FS +2").containsExactly(8, 8);
        assertThat(span(plan.item("e"))).as("FF +0").containsExactly(1, 2);
        assertThat(span(plan.item("f"))).as("a summary spans its children").containsExactly(0, 5);
    }

    @Test
    void statusFollowsTheDatesButNeverOvertakesAPredecessor() {
        DemoPlan thursday = DemoPlan.of(OUTLINE, 4);
        DemoPlan weekLater = DemoPlan.of(OUTLINE, 6);

        assertThat(thursday.item("a").stage).isEqualTo(Stage.DONE);
        assertThat(thursday.item("b").stage).as("finishing today").isEqualTo(Stage.IN_REVIEW);
        assertThat(thursday.item("bug").stage).isEqualTo(Stage.TO_DO);
        assertThat(weekLater.item("bug").stage).as("late: past its finish, still open").isEqualTo(Stage.IN_PROGRESS);
        assertThat(weekLater.item("f").stage).isEqualTo(Stage.IN_PROGRESS);
        assertThat(weekLater.item("m").stage).as("the open bug holds the milestone").isEqualTo(Stage.TO_DO);
        assertThat(weekLater.item("d").stage).isEqualTo(Stage.TO_DO);
        assertThat(weekLater.item("e").stage).as("blocked work never reaches review").isEqualTo(Stage.IN_PROGRESS);
    }

    @Test
    void aLinkMayOnlyPointBackToAnEarlierItemOutsideItsAncestors() {
        assertThatThrownBy(() -> DemoPlan.of("S Early | fs:later 1d\nS Later | 1d #later", 0))
                .hasMessageContaining("#later");
        assertThatThrownBy(() -> DemoPlan.of("F Parent | #p\n  S Child | fs:p 1d", 0))
                .hasMessageContaining("#p");
    }

    @Test
    void workingDaysSkipWeekends() {
        WorkingDays days = new WorkingDays(LocalDate.of(2026, 11, 2));

        assertThat(days.date(4)).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(days.date(5)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(days.indexOf(LocalDate.of(2026, 11, 9))).isEqualTo(5);
        assertThat(days.indexOf(LocalDate.of(2026, 11, 7))).as("a Saturday counts as the next Monday").isEqualTo(5);
    }

    private static int[] span(Item item) {
        return new int[] {item.start, item.finish};
    }
}
