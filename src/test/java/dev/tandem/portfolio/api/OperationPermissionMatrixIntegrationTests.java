package dev.tandem.portfolio.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.ApiFixtures;
import dev.tandem.support.ApiFixtures.Call;
import dev.tandem.support.ApiFixtures.Caller;
import dev.tandem.support.OpenApiOperations;
import dev.tandem.support.OpenApiOperations.Operation;
import dev.tandem.support.OperationRules;
import dev.tandem.support.OperationRules.Outcome;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every operation the OpenAPI document lists, called by a member in each project role, an outsider, PMO staff,
 * an administrator and someone not signed in, and each answer compared with the rule that the table "Per API
 * operation" of docs/permissions.md gives. An operation without a row fails, so a new endpoint cannot ship
 * without someone deciding who may call it.
 */
@TandemIntegrationTest
class OperationPermissionMatrixIntegrationTests {

    @Autowired
    Api api;

    @Test
    void theTableHasOneRowPerOperationAndNoOther() {
        List<String> operations = OpenApiOperations.read(api).all().stream().map(Operation::id).toList();
        var rules = OperationRules.fromDocs().rules();

        assertThat(operations.stream().filter(o -> !rules.containsKey(o)))
                .as("operations without a row in docs/permissions.md").isEmpty();
        assertThat(rules.keySet().stream().filter(o -> !operations.contains(o)))
                .as("rows of docs/permissions.md naming no operation").isEmpty();
        // every rule is one the test knows how to check
        rules.forEach((operation, rule) -> OperationRules.expected(rule, Caller.ADMIN, Caller.ENGINEER));
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        List<Operation> operations = new ArrayList<>(OpenApiOperations.read(api).all());
        // fresh objects keep callers apart; deleting last keeps the shared ones in place even if that went wrong
        operations.sort(Comparator.comparing(o -> o.method().equals("DELETE")));
        OperationRules rules = OperationRules.fromDocs();
        ApiFixtures fixtures = ApiFixtures.setUp(api);
        List<Mismatch> mismatches = new ArrayList<>();

        for (Operation operation : operations) {
            String rule = rules.rule(operation.id());
            if (rule == null) {
                mismatches.add(new Mismatch(operation.id(), "(no row)", "-", "a row in docs/permissions.md", "-"));
                continue;
            }
            Caller owner = fixtures.ownerOf(operation);
            Response anonymous = fixtures.send(fixtures.prepare(operation, Caller.ADMIN).withoutCredentials());
            if (anonymous.status() != 401 || !anonymous.isProblem()) {
                mismatches.add(new Mismatch(operation.id(), rule, "not signed in", "401 problem", describe(anonymous)));
            }
            if (ApiFixtures.wantsPassword(operation)) {
                // a stolen token must not mint another one
                Call withToken = fixtures.prepare(operation, Caller.ENGINEER)
                        .withToken(fixtures.person(Caller.ENGINEER).token());
                Response answer = fixtures.send(withToken);
                if (answer.status() != 401 || !answer.isProblem()) {
                    mismatches.add(new Mismatch(operation.id(), rule, "ENGINEER's token", "401 problem", describe(answer)));
                }
            }
            // the callers the rule keeps out go first, so a leak meets the object as an allowed caller would
            List<Caller> callers = Arrays.stream(Caller.values())
                    .sorted(Comparator.comparing(c -> OperationRules.expected(rule, c, owner) == Outcome.ALLOWED)).toList();
            for (Caller caller : callers) {
                Outcome expected = OperationRules.expected(rule, caller, owner);
                Call call = fixtures.prepare(operation, caller);
                Response answer = fixtures.send(call);
                if (!matches(expected, answer, fixtures.stateAnswers(operation))) {
                    mismatches.add(new Mismatch(operation.id(), rule, caller.name(),
                            describe(expected, fixtures.stateAnswers(operation)), describe(answer)));
                }
            }
        }

        String table = table(mismatches);
        if (!mismatches.isEmpty()) {
            System.out.println(table);
        }
        assertThat(mismatches).as("answers that differ from docs/permissions.md:%n%s", table).isEmpty();
    }

    private static boolean matches(Outcome expected, Response answer, Set<Integer> stateAnswers) {
        return switch (expected) {
            case ALLOWED -> answer.status() / 100 == 2 || stateAnswers.contains(answer.status());
            case FORBIDDEN -> answer.status() == 403 && answer.isProblem();
            case NOT_FOUND -> answer.status() == 404 && answer.isProblem();
        };
    }

    private static String describe(Outcome expected, Set<Integer> stateAnswers) {
        return switch (expected) {
            case ALLOWED -> "2xx" + stateAnswers.stream().sorted().map(s -> " or " + s).collect(Collectors.joining());
            case FORBIDDEN -> "403 problem";
            case NOT_FOUND -> "404 problem";
        };
    }

    private static String describe(Response answer) {
        String text = answer.status() + (answer.isProblem() ? " problem " + answer.detail() : "");
        return text.length() <= 90 ? text : text.substring(0, 89) + "…";
    }

    private static String table(List<Mismatch> mismatches) {
        var sb = new StringBuilder(String.format("%-62s | %-44s | %-15s | %-16s | %s%n", "operation", "rule", "caller",
                "expected", "answer"));
        for (Mismatch m : mismatches) {
            sb.append(String.format("%-62s | %-44s | %-15s | %-16s | %s%n", m.operation(), m.rule(), m.caller(),
                    m.expected(), m.answer()));
        }
        return sb.toString();
    }

    private record Mismatch(String operation, String rule, String caller, String expected, String answer) {
    }
}
