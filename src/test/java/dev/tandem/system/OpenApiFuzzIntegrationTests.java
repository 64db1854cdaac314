package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.DbSnapshot;
import dev.tandem.support.ApiFixtures;
import dev.tandem.support.ApiFixtures.Call;
import dev.tandem.support.ApiFixtures.Caller;
import dev.tandem.support.OpenApiOperations;
import dev.tandem.support.OpenApiOperations.Operation;
import dev.tandem.support.OpenApiOperations.Property;
import dev.tandem.support.OperationRules;
import dev.tandem.support.OperationRules.Outcome;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every operation of the OpenAPI document that takes a body gets malformed ones, sent by a caller the operation
 * lets in: a wrong type, null, a huge string and control characters in each property, deep nesting, broken JSON,
 * no body and the wrong content type. None may fail the server (5xx); a refused one is answered with a short
 * RFC 9457 problem and writes nothing. The variants are fixed, so every run sends the same requests.
 */
@TandemIntegrationTest
class OpenApiFuzzIntegrationTests {

    /** Well above every size limit of the API's texts (the longest, a wiki page, takes 200 000 characters). */
    static final int HUGE = 300_000;
    static final int NESTING = 5_000;
    static final int MAX_PROBLEM_LENGTH = 2_048;
    // a problem names no class: it is written for a person, and says nothing of how the server is built
    static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.hibernate|dev\\.tandem)\\.[a-z]"
                    + "|\\b[A-Z][A-Za-z]+(Exception|Error)\\b");

    @Autowired
    Api api;

    @Test
    void malformedBodiesAreRefusedWithAShortProblemAndChangeNothing() {
        OperationRules rules = OperationRules.fromDocs();
        ApiFixtures fixtures = ApiFixtures.setUp(api);
        List<String> failures = new ArrayList<>();
        int sent = 0;

        for (Operation operation : OpenApiOperations.read(api).all()) {
            if (!operation.hasBody()) {
                continue;
            }
            Caller caller = allowedCaller(rules, fixtures, operation);
            for (Variant variant : variants(operation)) {
                Call call = fixtures.prepare(operation, caller);
                DbSnapshot before = api.snapshot();
                Response answer = api.send(call.method(), call.path(), call.authorization(), variant.contentType(),
                        variant.body().apply(jsonBody(call)));
                DbSnapshot after = api.snapshot();
                sent++;
                String failure = judge(variant, answer, before, after);
                if (failure != null) {
                    failures.add(String.format("%-62s | %-34s | %s", operation.id(), variant.name(), failure));
                }
            }
        }

        String report = String.join("\n", failures);
        if (!failures.isEmpty()) {
            System.out.println(failures.size() + " of " + sent + " malformed requests were answered wrongly:\n" + report);
        }
        assertThat(sent).as("malformed requests sent").isPositive();
        assertThat(failures).as("malformed requests answered wrongly (of %d):%n%s", sent, report).isEmpty();
    }

    /** The fixture's JSON body; a file sent as it is (an import) gets the malformed variants in its place. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonBody(Call call) {
        return call.body() instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private String judge(Variant variant, Response answer, DbSnapshot before, DbSnapshot after) {
        if (answer.status() >= 500) {
            return "server error: " + clip(answer.toString());
        }
        if (answer.status() / 100 == 2) {
            return variant.mustBeRefused() ? "accepted: " + answer.status() : null;
        }
        if (!answer.isProblem()) {
            return answer.status() + " without a problem: " + answer.contentType() + " " + clip(answer.body());
        }
        if (answer.body().length() > MAX_PROBLEM_LENGTH) {
            return answer.status() + " with a problem of " + answer.body().length() + " characters";
        }
        if (CLASS_NAME.matcher(answer.body()).find()) {
            return answer.status() + " naming a class: " + clip(answer.body());
        }
        if (!written(before, after).isEmpty()) {
            return answer.status() + " but wrote " + written(before, after);
        }
        return null;
    }

    /** What changed between the snapshots, apart from the audit of a sign-in with the password itself. */
    private List<String> written(DbSnapshot before, DbSnapshot after) {
        List<String> changes = new ArrayList<>();
        before.rows().forEach((table, rows) -> {
            if (!rows.equals(after.rows().get(table))) {
                changes.add(table + " " + rows + " → " + after.rows().get(table));
            }
        });
        if (after.auditHead() != before.auditHead()) {
            List<String> actions = api.auditActionsAfter(before.auditHead());
            if (!actions.stream().allMatch(a -> a.startsWith("signin."))) {
                changes.add("audit entries " + actions);
            }
        }
        return changes;
    }

    /** The caller to send the operation's bodies as: the administrator, or else the first the rule lets in. */
    private static Caller allowedCaller(OperationRules rules, ApiFixtures fixtures, Operation operation) {
        String rule = rules.rule(operation.id());
        assertThat(rule).as("the row of %s in docs/permissions.md", operation.id()).isNotNull();
        Caller owner = fixtures.ownerOf(operation);
        List<Caller> candidates = new ArrayList<>(List.of(Caller.ADMIN, Caller.PM));
        candidates.addAll(List.of(Caller.values()));
        return candidates.stream().filter(c -> OperationRules.expected(rule, c, owner) == Outcome.ALLOWED).findFirst()
                .orElseThrow(() -> new AssertionError("nobody may call " + operation.id()));
    }

    // the malformed bodies

    /** One malformed request: its body made from the valid one, and whether the server must refuse it. */
    record Variant(String name, String contentType, Function<Map<String, Object>, String> body, boolean mustBeRefused) {
    }

    private List<Variant> variants(Operation operation) {
        List<Variant> variants = new ArrayList<>();
        boolean required = operation.bodyRequired();
        String first = operation.properties().isEmpty() ? "value" : operation.properties().getFirst().name();
        variants.add(raw("invalid JSON", body -> "{\"" + first + "\": "));
        variants.add(raw("not JSON", body -> "not json at all"));
        variants.add(new Variant("empty body", "application/json", body -> "", required));
        variants.add(new Variant("JSON null", "application/json", body -> "null", required));
        variants.add(raw("array instead of an object", body -> "[]"));
        variants.add(raw(NESTING + " levels deep", body -> "{\"" + first + "\": " + "[".repeat(NESTING) + "]".repeat(NESTING) + "}"));
        // a JSON body sent as text/plain is refused, unless the operation takes plain text (a report file)
        variants.add(new Variant("text/plain", "text/plain", this::json, !operation.consumes().contains("text/plain")));
        for (Property p : operation.properties()) {
            for (Object wrong : wrongValues(p)) {
                variants.add(with(p.name() + ": " + shortly(wrong), p.name(), wrong, true));
            }
            variants.add(with(p.name() + ": null", p.name(), null, false));
            List<String> texts = List.of("x".repeat(HUGE), "a\u0000b", "\u001b[31mred");
            if (p.isText()) {
                texts.forEach(text -> variants.add(with(p.name() + ": " + shortly(text), p.name(), text, true)));
            }
            if (p.isTextList()) {
                texts.forEach(text -> variants.add(with(p.name() + ": [" + shortly(text) + "]", p.name(), List.of(text), true)));
            }
        }
        return variants;
    }

    /** Values of a type the property cannot take. */
    private static List<Object> wrongValues(Property p) {
        return switch (p.type()) {
            case "string" -> List.of(Map.of("unexpected", true));
            case "integer" -> List.of("not a number", new BigInteger("9".repeat(30)));
            case "number" -> List.of("not a number");
            case "boolean" -> List.of("not a boolean");
            case "array" -> List.of(Map.of("unexpected", true));
            default -> List.of("not an object");
        };
    }

    private Variant with(String name, String property, Object value, boolean mustBeRefused) {
        return new Variant(name, "application/json", body -> {
            Map<String, Object> changed = body == null ? new LinkedHashMap<>() : new LinkedHashMap<>(body);
            changed.put(property, value);
            return api.json().writeValueAsString(changed);
        }, mustBeRefused);
    }

    private static Variant raw(String name, Function<Map<String, Object>, String> body) {
        return new Variant(name, "application/json", body, true);
    }

    private String json(Map<String, Object> body) {
        return api.json().writeValueAsString(body == null ? Map.of() : body);
    }

    private static String shortly(Object value) {
        String text = String.valueOf(value);
        if (text.length() > 20) {
            return text.length() + " characters";
        }
        return text.replace("\u0000", "\\u0000").replace("\u001b", "\\u001b");
    }

    private static String clip(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 159) + "…";
    }
}
