package dev.tandem.query.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.query.engine.Suggester.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggesterTests {

    private static final Suggester.Vocabulary NAMES = new Suggester.Vocabulary(List.of("Done", "In progress", "进行中"),
            List.of("Sprint 1"), List.of("payments", "backend"), List.of("alice", "bob"));

    private static List<String> texts(String query, int caret) {
        return new Suggester().suggest(query, caret, NAMES).stream().map(Suggestion::text).toList();
    }

    @Test
    void atTheStartAndAfterAConnectiveItProposesFieldsMatchingWhatIsTyped() {
        assertThat(texts("", 0)).startsWith("project", "key", "type", "status").contains("at-risk", "not")
                .doesNotContain("rank");
        assertThat(texts("type = bug AND as", 17)).containsExactly("assignee");
        List<Suggestion> replaced = new Suggester().suggest("type = bug AND as", 17, NAMES);
        assertThat(replaced.getFirst().from()).isEqualTo(15);
        assertThat(replaced.getFirst().to()).isEqualTo(17);
    }

    @Test
    void afterAFieldItProposesTheOperatorsThatFieldTakes() {
        assertThat(texts("due ", 4)).containsExactly("=", "!=", ">", "<", ">=", "<=", "in", "not in", "is empty",
                "is not empty");
        assertThat(texts("text ", 5)).containsExactly("~");
    }

    @Test
    void afterAnOperatorItProposesValuesQuotedWhereNeeded() {
        assertThat(texts("status = ", 9)).containsExactly("Done", "\"In progress\"", "进行中");
        assertThat(texts("status = \"In", 12)).containsExactly("\"In progress\"");
        assertThat(new Suggester().suggest("status = \"In", 12, NAMES).getFirst().from()).isEqualTo(9);
        assertThat(texts("assignee in (alice, ", 20)).containsExactly("currentUser()", "alice", "bob");
        assertThat(texts("sprint in ", 10)).containsExactly("(", "openSprints()");
        assertThat(texts("due < end", 9)).containsExactly("endOfDay()", "endOfWeek()", "endOfMonth()", "endOfYear()");
        assertThat(texts("blocked = ", 10)).containsExactly("true", "false");
    }

    @Test
    void afterAValueItProposesConnectivesAndInOrderBySortableFields() {
        assertThat(texts("type = bug ", 11)).containsExactly("and", "or", "order by");
        assertThat(texts("type = bug order by pri", 23)).containsExactly("priority");
        assertThat(texts("type = bug order by due ", 24)).containsExactly("asc", "desc", ",");
        assertThat(texts("label is ", 9)).containsExactly("empty", "not empty");
        assertThat(texts("label is not ", 13)).containsExactly("empty");
        assertThat(texts("label not ", 10)).containsExactly("in");
    }

    @Test
    void theCaretDecidesNotTheTextAfterIt() {
        assertThat(texts("status = Done and type = bug", 9)).containsExactly("Done", "\"In progress\"", "进行中");
    }
}
