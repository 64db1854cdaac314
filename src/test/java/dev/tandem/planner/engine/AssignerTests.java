package dev.tandem.planner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignerTests {

    private final Assigner assigner = new Assigner();

    private AssignmentResult assign(List<WorkItem> items, List<Person> people, List<ItemLink> links) {
        return assigner.assign(items, people, links, Duration.ofSeconds(5), 0, 3_000);
    }

    private static List<String> people(AssignmentResult result) {
        return result.proposals().stream().map(Proposal::person).toList();
    }

    @Test
    void twoPeopleThreeItemsOneSkillGetTheOnlyFeasibleAssignment() {
        // A needs Kotlin 3: only Li. B runs on A's days: Wang. C falls on Wang's leave: Li, though balance prefers Wang.
        List<Person> people = List.of(Person.of("li", "Li", Map.of("kotlin", 3), 8),
                Person.of("wang", "Wang", Map.of("kotlin", 2), 8).onLeave(2, 3));
        List<WorkItem> items = List.of(WorkItem.of("A", Map.of("kotlin", 3), 0, 2, 8),
                WorkItem.of("B", Map.of("kotlin", 1), 0, 2, 8), WorkItem.of("C", Map.of("kotlin", 1), 2, 2, 8));

        AssignmentResult result = assign(items, people, List.of());

        assertThat(result.feasible()).isTrue();
        assertThat(people(result)).containsExactly("li", "wang", "li");
        assertThat(result.proposals().getFirst().reasons())
                .contains(new Reason("planner.why.skill", List.of("kotlin", 3, 1L, "Li", 3)));
    }

    @Test
    void aPinnedItemStaysWithItsPerson() {
        // balance alone would give X to Li, who has nothing else; the pin keeps it with Wang
        List<Person> people = List.of(Person.of("li", "Li", Map.of("go", 2), 8), Person.of("wang", "Wang",
                Map.of("go", 2), 8));
        List<WorkItem> items = List.of(WorkItem.of("X", Map.of("go", 1), 0, 2, 4).pinnedTo("wang"),
                WorkItem.of("Y", Map.of("go", 1), 0, 2, 4).pinnedTo("wang"));

        AssignmentResult result = assign(items, people, List.of());

        assertThat(people(result)).containsExactly("wang", "wang");
        assertThat(result.proposals().getFirst().reasons()).first()
                .isEqualTo(new Reason("planner.why.pinned", List.of("Wang")));
    }

    @Test
    void hoursBookedInOtherProjectsCount() {
        // Li has 6 of her 8 hours taken elsewhere on days 0 and 1: the 4-hour item goes to Wang, though Li keeps it today
        List<Person> people = List.of(Person.of("li", "Li", Map.of("go", 2), 8).booked(new int[] {6, 6}),
                Person.of("wang", "Wang", Map.of("go", 2), 8));
        List<WorkItem> items = List.of(WorkItem.of("X", Map.of("go", 1), 0, 2, 4).assignedTo("li"));

        AssignmentResult result = assign(items, people, List.of());

        assertThat(result.feasible()).isTrue();
        assertThat(people(result)).containsExactly("wang");
    }

    @Test
    void oneEpicStaysWithOnePerson() {
        // four one-day items in a row: split 2 + 2 costs 2 × 4 (balance) + 40 (continuity), one person 16
        List<Person> people = List.of(Person.of("li", "Li", Map.of("go", 2), 8), Person.of("wang", "Wang",
                Map.of("go", 2), 8));
        List<WorkItem> items = List.of(0, 1, 2, 3).stream()
                .map(day -> WorkItem.of("E" + day, Map.of("go", 1), day, 1, 8).inEpic("E")).toList();

        AssignmentResult result = assign(items, people, List.of(new ItemLink(0, 1)));

        assertThat(people(result)).containsOnly(people(result).getFirst());
        assertThat(result.proposals().get(3).reasons())
                .contains(new Reason("planner.why.epic", List.of(result.proposals().get(3).person().equals("li")
                        ? "Li" : "Wang", 3, "E")));
    }

    @Test
    void anItemNobodyCanDoIsReportedInsteadOfAProposal() {
        List<Person> people = List.of(Person.of("li", "Li", Map.of("go", 2), 8));
        List<WorkItem> items = List.of(WorkItem.of("X", Map.of("go", 3, "rust", 1), 0, 1, 4),
                WorkItem.of("Y", Map.of("go", 1), 0, 1, 4).pinnedTo("nobody"));

        AssignmentResult result = assign(items, people, List.of());

        assertThat(result.feasible()).isFalse();
        assertThat(result.proposals()).isEmpty();
        assertThat(result.infeasibilities()).containsExactly(
                new Infeasibility(Infeasibility.Kind.NO_QUALIFIED_PERSON, "X", "go ≥ 3, rust ≥ 1"),
                new Infeasibility(Infeasibility.Kind.PIN_UNQUALIFIED, "Y", "nobody"));
    }
}
