package dev.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The operations that the running application's OpenAPI document lists, read from {@code /api/openapi}: the
 * suites that call every operation take this list, so an endpoint added to the code is called without anyone
 * having to remember it.
 */
public final class OpenApiOperations {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    private OpenApiOperations(JsonNode document) {
        this.document = document;
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (List.of("get", "put", "post", "patch", "delete").contains(entry.getKey())) {
                operations.add(operation(path.getKey(), entry.getKey().toUpperCase(), entry.getValue()));
            }
        }));
    }

    public static OpenApiOperations read(Api api) {
        Response r = api.send("GET", "/api/openapi", null, null);
        assertThat(r.status()).as("the OpenAPI document: %s", r).isEqualTo(200);
        return new OpenApiOperations(r.json());
    }

    public List<Operation> all() {
        return operations;
    }

    private Operation operation(String path, String method, JsonNode node) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : iterable(node.get("parameters"))) {
            parameters.add(new Parameter(p.get("name").asString(), p.get("in").asString(),
                    p.has("required") && p.get("required").asBoolean()));
        }
        JsonNode body = node.get("requestBody");
        JsonNode bodySchema = null;
        boolean bodyRequired = false;
        List<String> consumes = new ArrayList<>();
        if (body != null) {
            JsonNode content = body.get("content");
            content.propertyNames().forEach(consumes::add);
            JsonNode json = content.has("application/json") ? content.get("application/json") : content.values().iterator().next();
            bodySchema = resolve(json.get("schema"));
            bodyRequired = body.has("required") && body.get("required").asBoolean();
        }
        List<String> produces = new ArrayList<>();
        for (JsonNode response : iterable(node.get("responses"))) {
            if (response.has("content")) {
                response.get("content").propertyNames().forEach(type -> {
                    if (!produces.contains(type)) {
                        produces.add(type);
                    }
                });
            }
        }
        Map<String, Property> properties = new LinkedHashMap<>();
        if (bodySchema != null && bodySchema.has("properties")) {
            List<String> required = new ArrayList<>();
            iterable(bodySchema.get("required")).forEach(n -> required.add(n.asString()));
            bodySchema.get("properties").properties().forEach(e -> properties.put(e.getKey(),
                    new Property(e.getKey(), resolve(e.getValue()), required.contains(e.getKey()))));
        }
        return new Operation(method, path, List.copyOf(parameters), bodySchema != null, bodyRequired,
                List.copyOf(properties.values()), List.copyOf(consumes), List.copyOf(produces));
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return schema;
        }
        String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
        return document.get("components").get("schemas").get(name);
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        return node.isArray() ? node : node.values();
    }

    /** One operation: {@code GET /api/v1/projects/{key}} and what it takes. */
    public record Operation(String method, String path, List<Parameter> parameters, boolean hasBody,
                            boolean bodyRequired, List<Property> properties, List<String> consumes,
                            List<String> produces) {

        /** How docs/permissions.md names it: {@code METHOD /path}. */
        public String id() {
            return method + " " + path;
        }

        public List<String> pathVariables() {
            List<String> names = new ArrayList<>();
            Matcher m = PATH_VARIABLE.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        public List<Parameter> query() {
            return parameters.stream().filter(p -> p.in().equals("query")).toList();
        }

        public boolean streams() {
            return produces.contains("text/event-stream");
        }

        @Override
        public String toString() {
            return id();
        }
    }

    public record Parameter(String name, String in, boolean required) {
    }

    /** A top-level property of a request body, with its schema ({@code type}, {@code format}, {@code items} …). */
    public record Property(String name, JsonNode schema, boolean required) {

        public String type() {
            if (schema == null || !schema.has("type")) {
                return "object";
            }
            return schema.get("type").asString();
        }

        public boolean isText() {
            return type().equals("string");
        }

        /** An array of strings, such as labels or participants. */
        public boolean isTextList() {
            return type().equals("array") && schema.has("items") && schema.get("items").has("type")
                    && schema.get("items").get("type").asString().equals("string");
        }
    }
}
