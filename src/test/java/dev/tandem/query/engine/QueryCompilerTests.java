package dev.tandem.query.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.workitem.ItemCondition;
import dev.tandem.workitem.ItemCondition.And;
import dev.tandem.workitem.ItemCondition.Compare;
import dev.tandem.workitem.ItemCondition.Empty;
import dev.tandem.workitem.ItemCondition.Field;
import dev.tandem.workitem.ItemCondition.In;
import dev.tandem.workitem.ItemCondition.Not;
import dev.tandem.workitem.ItemCondition.Op;
import dev.tandem.workitem.ItemCondition.Or;
import dev.tandem.workitem.ItemCondition.Order;
import dev.tandem.workitem.Priority;
import dev.tandem.workitem.WorkItemType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryCompilerTests {

    // Wednesday 2 December 2026, 10:30 in Shanghai
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 2, 10, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
    private static final Map<String, Long> PEOPLE = Map.of("alice", 1L, "bob", 2L, "王伟", 3L);

    private final QueryCompiler compiler = new QueryCompiler(new QueryCompiler.Names() {
        @Override
        public long currentUser() {
            return 2L;
        }

        @Override
        public Optional<Long> person(String username) {
            return Optional.ofNullable(PEOPLE.get(username));
        }

        @Override
        public List<String> statuses() {
            return List.of("To Do", "In Progress", "Done", "进行中");
        }

        @Override
        public List<String> sprints() {
            return List.of("Sprint 1", "Sprint 2");
        }

        @Override
        public Set<String> computed(QueryField field) {
            return field == QueryField.CRITICAL ? Set.of("PAY-1") : Set.of("PAY-2", "PAY-3");
        }
    }, NOW);

    @Test
    void parsesConditionsWithPrecedenceAndOrder() {
        assertThat(QueryCompiler.parse("type = bug and (status = Done or not blocked = true) order by due desc, key")
                .toStringTree(new ItemQueryParser(null)))
                .isEqualTo("(query (orExpr (andExpr (notExpr (primary (condition (field type) (operator =) (value bug))))"
                        + " and (notExpr (primary ( (orExpr (andExpr (notExpr (primary (condition (field status)"
                        + " (operator =) (value Done))))) or (andExpr (notExpr not (notExpr (primary (condition"
                        + " (field blocked) (operator =) (value true))))))) ))))) order by (sortKey (field due) desc) ,"
                        + " (sortKey (field key)) <EOF>)");
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(compiler.compile("type = bug OR type = task AND blocked = true").where()).isEqualTo(new Or(List.of(
                new Compare(Field.TYPE, Op.EQ, WorkItemType.BUG),
                new And(List.of(new Compare(Field.TYPE, Op.EQ, WorkItemType.TASK),
                        new Compare(Field.BLOCKED, Op.EQ, true))))));
    }

    @Test
    void keywordsIgnoreCaseAndStringsKeepChinese() {
        assertThat(compiler.compile("Status = \"进行中\" aNd TEXT ~ '支付 网关' Order By Updated DESC"))
                .isEqualTo(new QueryCompiler.Compiled(new And(List.of(
                        new Compare(Field.STATUS, Op.EQ, "进行中"), new Compare(Field.TEXT, Op.CONTAINS, "支付 网关"))),
                        List.of(new Order(Field.UPDATED, true))));
        assertThat(compiler.compile("assignee = 王伟").where()).isEqualTo(new Compare(Field.ASSIGNEE, Op.EQ, 3L));
    }

    @Test
    void anEmptyQueryMatchesEverything() {
        assertThat(compiler.compile("  order by priority desc")).isEqualTo(new QueryCompiler.Compiled(
                new ItemCondition.Everything(), List.of(new Order(Field.PRIORITY, true))));
    }

    @Test
    void listsEmptinessAndNegation() {
        assertThat(compiler.compile("priority not in (high, highest) and assignee is empty and not label is not empty")
                .where()).isEqualTo(new And(List.of(
                new In(Field.PRIORITY, List.of(Priority.HIGH, Priority.HIGHEST), true),
                new Empty(Field.ASSIGNEE, false),
                new Not(new Empty(Field.LABEL, true)))));
        assertThat(compiler.compile("sprint in openSprints() and reporter in (currentUser(), alice)").where())
                .isEqualTo(new And(List.of(new Compare(Field.SPRINT, Op.EQ, ItemCondition.OPEN_SPRINTS),
                        new In(Field.REPORTER, List.of(2L, 1L), false))));
    }

    @Test
    void dateFunctionsAreRelativeToNowInTheReadersZone() {
        assertThat(compiler.compile("due <= endOfMonth(+1)").where())
                .isEqualTo(new Compare(Field.DUE, Op.LE, LocalDate.of(2027, 1, 31)));
        assertThat(compiler.compile("created >= startOfWeek()").where())
                .isEqualTo(new Compare(Field.CREATED, Op.GE, ZonedDateTime.of(2026, 11, 30, 0, 0, 0, 0,
                        NOW.getZone()).toInstant()));
        assertThat(compiler.compile("updated > -7d").where())
                .isEqualTo(new Compare(Field.UPDATED, Op.GT, NOW.minusDays(7).toInstant()));
        assertThat(compiler.compile("due < 2026-12-31 and created < \"2026-12-01 08:00\"").where())
                .isEqualTo(new And(List.of(new Compare(Field.DUE, Op.LT, LocalDate.of(2026, 12, 31)),
                        new Compare(Field.CREATED, Op.LT, ZonedDateTime.of(2026, 12, 1, 8, 0, 0, 0,
                                NOW.getZone()).toInstant()))));
        assertThat(compiler.compile("due >= startOfYear(-1)").where())
                .isEqualTo(new Compare(Field.DUE, Op.GE, LocalDate.of(2025, 1, 1)));
    }

    @Test
    void computedFieldsBecomeABoundedSetOfKeys() {
        assertThat(compiler.compile("critical = true and at-risk != true").where()).isEqualTo(new And(List.of(
                new In(Field.KEY, List.of("PAY-1"), false), new In(Field.KEY, List.copyOf(Set.of("PAY-2", "PAY-3")),
                        true))));
    }

    @Test
    void numbersAndKeys() {
        assertThat(compiler.compile("estimate >= 2.5 and parent = pay-7 and epic in (PAY-1)").where())
                .isEqualTo(new And(List.of(new Compare(Field.ESTIMATE, Op.GE, new BigDecimal("2.5")),
                        new Compare(Field.PARENT, Op.EQ, "PAY-7"), new In(Field.EPIC, List.of("PAY-1"), false))));
    }

    @Test
    void syntaxErrorsPointAtTheToken() {
        assertRefused("type = bug and\n  and status = Done", "query.error.syntax", 2, 3, List.of("and"));
        assertRefused("type = ", "query.error.end", 1, 8, List.of());
        assertRefused("text ~ \"unclosed", "query.error.unclosed", 1, 8, List.of());
        assertRefused("type = bug )", "query.error.syntax", 1, 12, List.of(")"));
        assertRefused("type == bug", "query.error.syntax", 1, 7, List.of("="));
    }

    @Test
    void unknownFieldsOperatorsAndValuesAreNamed() {
        assertRefused("type = bug and colour = red", "query.error.field.unknown", 1, 16, null);
        assertRefused("component = api", "query.error.field.noData", 1, 1, List.of("component"));
        assertRefused("text = x", "query.error.operator", 1, 6, List.of("text", "=", "~"));
        assertRefused("status > Done", "query.error.operator", 1, 8, List.of("status", ">", "=, !=, in, not in"));
        assertRefused("status = Closed", "query.error.value.choice", 1, 10,
                List.of("Closed", "status", "To Do, In Progress, Done, 进行中"));
        assertRefused("assignee = carol", "query.error.value.person", 1, 12, List.of("carol"));
        assertRefused("due < tomorrow", "query.error.value.date", 1, 7, List.of("tomorrow", "due"));
        assertRefused("estimate > lots", "query.error.value.number", 1, 12, List.of("lots", "estimate"));
        assertRefused("assignee = openSprints()", "query.error.function.field", 1, 12, List.of("openSprints", "assignee"));
        assertRefused("due < yesterday()", "query.error.function.unknown", 1, 7, null);
        assertRefused("due < endOfMonth(x)", "query.error.function.argument", 1, 18, List.of("endOfMonth", "x"));
        assertRefused("type = bug order by text", "query.error.sort", 1, 21, null);
        assertRefused("parent = 12", "query.error.value.key", 1, 10, List.of("12"));
    }

    @Test
    void limitsLengthAndNesting() {
        assertRefused("text ~ " + "x".repeat(QueryCompiler.MAX_LENGTH), "query.error.tooLong", 1, 1, null);
        assertRefused("(".repeat(21) + "type = bug" + ")".repeat(21), "query.error.tooDeep", 1, 21, null);
    }

    private void assertRefused(String query, String key, int line, int column, List<String> args) {
        assertThatThrownBy(() -> compiler.compile(query)).isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.position().line()).as("line").isEqualTo(line);
            assertThat(e.position().column()).as("column").isEqualTo(column);
            if (args != null) {
                assertThat(e.args()).isEqualTo(args);
            }
        });
    }
}
