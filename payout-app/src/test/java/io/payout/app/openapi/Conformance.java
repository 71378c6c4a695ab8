package io.payout.app.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.app.openapi.OpenApiDescription.Located;
import io.payout.app.openapi.OpenApiDescription.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Whether an HTTP exchange is what the OpenAPI description says: a response has a status its operation declares, the
 * headers that response declares as required (each matching its schema), a {@code Content-Type} it declares, and a
 * body matching that media type's schema; a request carries the header parameters its operation requires and a body
 * matching its request body's schema. Each check answers what is wrong, in words: nothing when all is well.
 */
public final class Conformance {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");
    private final OpenApiDescription spec;

    public Conformance(OpenApiDescription spec) {
        this.spec = spec;
    }

    public OpenApiDescription spec() {
        return spec;
    }

    /** What is wrong with a response to {@code method} on {@code path} (relative to {@code /payout}). */
    public List<String> ofResponse(String method, String path, int status, Map<String, List<String>> headers,
                                   String body) {
        Optional<Operation> operation = spec.operation(method, path);
        if (operation.isEmpty()) {
            return List.of("no operation for " + method + " " + path + " in openapi.yaml");
        }
        return ofResponse(operation.get(), status, headers, body);
    }

    /** What is wrong with a response of {@code operation}. */
    public List<String> ofResponse(Operation operation, int status, Map<String, List<String>> headers, String body) {
        String where = operation.key() + " answered " + status;
        JsonNode responses = operation.node().path("responses");
        String code = responses.has(Integer.toString(status)) ? Integer.toString(status)
                : responses.has(status / 100 + "XX") ? status / 100 + "XX"
                : responses.has("default") ? "default" : null;
        if (code == null) {
            return List.of(where + ": status " + status + " is not declared (declared: " + names(responses) + ")");
        }
        Located response = spec.resolve(operation.pointer() + "/responses/" + code);
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> received = caseInsensitive(headers);
        response.node().path("headers").properties().forEach(header -> checkHeader(where,
                response.pointer() + "/headers/" + OpenApiDescription.escape(header.getKey()), header.getKey(),
                received.get(header.getKey()), problems));
        checkContent(where, response, received, body, problems);
        return problems;
    }

    /** What is wrong with a request {@code operation} was sent (header parameters and body). */
    public List<String> ofRequest(Operation operation, Map<String, List<String>> headers, String body) {
        String where = operation.key() + " request";
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> received = caseInsensitive(headers);
        JsonNode parameters = operation.node().path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            Located parameter = spec.resolve(operation.pointer() + "/parameters/" + i);
            if (parameter.node().path("in").asText().equals("header")) {
                String name = parameter.node().path("name").asText();
                checkHeader(where, parameter.pointer(), name, received.get(name), problems);
            }
        }
        if (operation.node().has("requestBody")) {
            Located requestBody = spec.resolve(operation.pointer() + "/requestBody");
            if (body == null || body.isEmpty()) {
                if (requestBody.node().path("required").asBoolean(false)) {
                    problems.add(where + ": the body is required");
                }
            } else {
                checkContent(where, requestBody, received, body, problems);
            }
        }
        return problems;
    }

    private void checkHeader(String where, String pointer, String name, List<String> values, List<String> problems) {
        Located header = spec.resolve(pointer);
        if (values == null || values.isEmpty()) {
            if (header.node().path("required").asBoolean(false)) {
                problems.add(where + ": required header " + name + " is missing");
            }
            return;
        }
        if (!header.node().has("schema")) {
            return;
        }
        boolean integer = spec.resolve(header.pointer() + "/schema").node().path("type").asText().equals("integer");
        for (String value : values) {
            String json = integer && WHOLE_NUMBER.matcher(value).matches() ? value : JSON.valueToTree(value).toString();
            spec.validate(header.pointer() + "/schema", json)
                    .forEach(problem -> problems.add(where + ": header " + name + " '" + value + "': " + problem));
        }
    }

    private void checkContent(String where, Located owner, Map<String, List<String>> headers, String body,
                              List<String> problems) {
        JsonNode content = owner.node().path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return;
        }
        List<String> contentTypes = headers.get("content-type");
        String mediaType = contentTypes == null || contentTypes.isEmpty() ? null
                : contentTypes.get(0).split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType == null || !content.has(mediaType)) {
            problems.add(where + ": Content-Type " + mediaType + " is not declared (declared: " + names(content) + ")");
            return;
        }
        String schema = owner.pointer() + "/content/" + OpenApiDescription.escape(mediaType) + "/schema";
        if (!content.get(mediaType).has("schema")) {
            return;
        }
        if (mediaType.equals("application/json")) {
            try {
                JSON.readTree(body);
            } catch (Exception e) {
                problems.add(where + ": the body is not JSON: " + body);
                return;
            }
            spec.validate(schema, body).forEach(problem -> problems.add(where + ": " + problem));
        } else {
            spec.validate(schema, JSON.valueToTree(body).toString())
                    .forEach(problem -> problems.add(where + ": " + problem));
        }
    }

    private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
        Map<String, List<String>> result = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> result.merge(name, values, (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        return result;
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
