package io.payout.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker the live test relies on finds what is wrong: it must be able to fail. */
class ConformanceTest {
    private static final String ORDERS = "/merchant/v1/orders";
    private static final Map<String, List<String>> JSON_HEADERS = Map.of("Content-Type",
            List.of("application/json;charset=UTF-8"), "x-request-id", List.of("3f2a9c0d5e7b1a46"));
    private final OpenApiDescription spec = OpenApiDescription.load();
    private final Conformance conformance = new Conformance(spec);

    private ObjectNode order() {
        return (ObjectNode) spec.node("/components/examples/CreatedOrder/value").deepCopy();
    }

    @Test
    void anOrderAsDescribedConforms() {
        assertThat(conformance.ofResponse("POST", ORDERS, 200, JSON_HEADERS, order().toString())).isEmpty();
        assertThat(conformance.ofResponse("GET", ORDERS + "/ord-1001?expand=fulfillment", 200, JSON_HEADERS,
                spec.node("/components/examples/PaidOrder/value").toString())).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsFound() {
        ObjectNode order = order();
        order.remove("status");

        assertThat(conformance.ofResponse("POST", ORDERS, 200, JSON_HEADERS, order.toString()))
                .singleElement().asString().contains("status");
    }

    @Test
    void anUndescribedFieldIsFound() {
        ObjectNode order = order();
        order.put("internalNote", "x");
        ((ObjectNode) order.withArray("fulfillments").get(0)).put("secret", "y");

        assertThat(conformance.ofResponse("POST", ORDERS, 200, JSON_HEADERS, order.toString()))
                .anySatisfy(problem -> assertThat(problem).contains("internalNote"))
                .anySatisfy(problem -> assertThat(problem).contains("secret"));
    }

    @Test
    void aWrongTypeOrUnknownStatusIsFound() {
        ObjectNode order = order();
        order.put("amount", "10.00");
        order.put("status", "PAID");

        List<String> problems = conformance.ofResponse("POST", ORDERS, 200, JSON_HEADERS, order.toString());

        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("/amount"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains("/status"));
    }

    @Test
    void aTransactionWithoutExpandOrAMalformedTimeIsFound() {
        ObjectNode order = order();
        ((ObjectNode) order.withArray("fulfillments").get(0)).put("createdAt", "2024-05-01 10:00:00");

        assertThat(conformance.ofResponse("GET", ORDERS + "/ord-1001", 200, JSON_HEADERS, order.toString()))
                .anySatisfy(problem -> assertThat(problem).contains("createdAt"));
    }

    @Test
    void anUndeclaredStatusIsFound() {
        assertThat(conformance.ofResponse("GET", ORDERS + "/ord-1001", 409, JSON_HEADERS,
                "{\"error\":true,\"errorCode\":\"E05\",\"errorMessage\":\"x\",\"userMessage\":\"Bad request\"}"))
                .singleElement().asString().contains("409 is not declared");
    }

    @Test
    void anErrorCodeTheResponseDoesNotDeclareIsFound() {
        String e07 = "{\"error\":true,\"errorCode\":\"E07\",\"errorMessage\":\"x\",\"userMessage\":\"Unauthorized\"}";
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"),
                "x-request-id", List.of("abc"), "WWW-Authenticate", List.of("Basic realm=\"payout\""));

        assertThat(conformance.ofResponse("GET", ORDERS, 401, headers, e07)).singleElement().asString()
                .contains("errorCode");
    }

    @Test
    void aMissingOrMalformedRequiredHeaderIsFound() {
        String e10 = "{\"error\":true,\"errorCode\":\"E10\",\"errorMessage\":\"x\",\"userMessage\":\"Too many requests\"}";

        assertThat(conformance.ofResponse("GET", ORDERS, 429, Map.of("Content-Type", List.of("application/json"),
                "x-request-id", List.of("abc")), e10)).singleElement().asString().contains("Retry-After");
        assertThat(conformance.ofResponse("GET", ORDERS, 429, Map.of("Content-Type", List.of("application/json"),
                "x-request-id", List.of("abc"), "Retry-After", List.of("0")), e10)).singleElement().asString()
                .contains("Retry-After");
        assertThat(conformance.ofResponse("POST", ORDERS, 200, Map.of("Content-Type", List.of("application/json")),
                order().toString())).singleElement().asString().contains("x-request-id");
    }

    @Test
    void anUndeclaredContentTypeIsFound() {
        assertThat(conformance.ofResponse("POST", ORDERS, 200, Map.of("Content-Type", List.of("text/html"),
                "x-request-id", List.of("abc")), order().toString())).singleElement().asString()
                .contains("Content-Type text/html");
    }

    @Test
    void aPathTheDescriptionDoesNotHaveIsFound() {
        assertThat(conformance.ofResponse("GET", "/merchant/v1/nothing-here", 404, JSON_HEADERS, "{}"))
                .singleElement().asString().contains("no operation");
        assertThat(conformance.ofResponse("DELETE", ORDERS, 405, JSON_HEADERS, "{}"))
                .singleElement().asString().contains("no operation");
    }

    @Test
    void aCallbackIsCheckedAgainstItsLabel() {
        var callback = spec.webhook("merchantCallback", "post");
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"),
                "webhook-id", List.of("95eb968ccdd4f2d9ef31c3e972ca40-c2"), "webhook-timestamp", List.of("1714557603"),
                "webhook-signature", List.of("v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="));
        ObjectNode fulfillment = (ObjectNode) order().withArray("fulfillments").get(0);
        fulfillment.put("status", "INITIATED");
        ObjectNode body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("id", "95eb968ccdd4f2d9ef31c3e972ca40-c2").put("label", "FULFILLMENT_ORDER")
                .put("value", "INITIATED").put("category", "INFO").put("sequence", 2)
                .put("occurredAt", "2024-05-01T10:00:01Z");
        body.set("info", fulfillment);

        assertThat(conformance.ofRequest(callback, headers, body.toString())).isEmpty();

        fulfillment.putArray("transactions");
        assertThat(conformance.ofRequest(callback, headers, body.toString())).isNotEmpty();
        fulfillment.remove("transactions");
        body.put("value", "FULFILLMENTS_SUCCESSFUL");
        assertThat(conformance.ofRequest(callback, headers, body.toString())).isNotEmpty();
        body.put("value", "INITIATED");
        assertThat(conformance.ofRequest(callback, Map.of("Content-Type", List.of("application/json")),
                body.toString())).anySatisfy(problem -> assertThat(problem).contains("webhook-signature"));
    }

    @Test
    void aRequestBodyIsCheckedAgainstItsSchema() {
        var create = spec.operation("POST", ORDERS).orElseThrow();
        JsonNode example = spec.node("/paths/~1merchant~1v1~1orders/post/requestBody/content/application~1json"
                + "/examples/fulfillOnly/value");
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"));

        assertThat(conformance.ofRequest(create, headers, example.toString())).isEmpty();
        ObjectNode broken = example.deepCopy();
        broken.remove("customerId");
        assertThat(conformance.ofRequest(create, headers, broken.toString())).singleElement().asString()
                .contains("customerId");
    }
}
