package dev.tandem.support;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One answer of the API: status, content type, raw body and the body as JSON (null when it is not JSON). */
public record Response(int status, String contentType, String body, JsonNode json) {

    public boolean isProblem() {
        return contentType != null && contentType.startsWith("application/problem+json");
    }

    /** A top-level string field, or null when absent or JSON null. */
    public String text(String field) {
        return Response.text(json, field);
    }

    public long number(String field) {
        return json.get(field).asLong();
    }

    public String detail() {
        return text("detail");
    }

    /** The values of one string field of every element of a JSON array found at {@code arrayField} ("" for the body). */
    public List<String> texts(String arrayField, String field) {
        JsonNode array = arrayField.isEmpty() ? json : json.get(arrayField);
        List<String> result = new ArrayList<>();
        array.forEach(e -> result.add(Response.text(e, field)));
        return result;
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + body;
    }
}
