package io.payout.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.payout.adapters.rest.OpenApiResource;
import io.payout.app.openapi.OpenApiDescription.Located;
import io.payout.app.openapi.OpenApiDescription.Operation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI description itself: valid OpenAPI 3.1, every reference resolves, every example fits its schema. */
class OpenApiDescriptionTest {
    private final OpenApiDescription spec = OpenApiDescription.load();

    @Test
    void descriptionParsesAsOpenApi31WithoutAnyMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(
                new String(OpenApiResource.read(), StandardCharsets.UTF_8), null, options);

        assertThat(result.getMessages()).isEmpty();
        OpenAPI openApi = result.getOpenAPI();
        assertThat(openApi.getOpenapi()).isEqualTo("3.1.0");
        assertThat(openApi.getPaths()).containsKeys("/merchant/v1/orders", "/merchant/v1/orders/{orderId}",
                "/merchant/v1/fulfillment/{fulfillmentId}/cancel", "/merchant/v1/orders/{orderId}/callbacks",
                "/merchant/v1/callbacks/{callbackId}/redeliver", "/webhooks/express-checkout",
                "/gateways/{gatewayId}/webhooks", "/openapi.yaml");
        assertThat(openApi.getWebhooks()).containsKey("merchantCallback");
        assertThat(openApi.getComponents().getSecuritySchemes().get("apiKey").getScheme()).isEqualTo("basic");
    }

    @Test
    void everyReferenceResolvesInsideTheDocument() {
        List<String> refs = new ArrayList<>();
        collectRefs(spec.root(), refs);

        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).as("only local references").startsWith("#/");
            assertThat(spec.root().at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void everyOperationHasAUniqueIdAndEveryResponseCarriesTheRequestId() {
        Set<String> ids = new HashSet<>();
        for (Operation operation : spec.operations()) {
            assertThat(ids.add(operation.operationId())).as("operationId of " + operation.key()).isTrue();
            assertThat(operation.operationId()).as(operation.key()).isNotBlank();
            assertThat(operation.node().path("tags").size()).as("tags of " + operation.key()).isPositive();
            operation.node().path("responses").fieldNames().forEachRemaining(code -> {
                Located response = spec.resolve(operation.pointer() + "/responses/" + code);
                assertThat(response.node().path("headers").has("x-request-id"))
                        .as(operation.key() + " " + code + " declares x-request-id").isTrue();
            });
        }
    }

    @Test
    void everyMerchantOperationDeclaresTheAuthenticationAndRateLimitErrors() {
        for (Operation operation : spec.operations()) {
            if (operation.template().startsWith("/merchant/")) {
                assertThat(operation.node().has("security")).as(operation.key() + " uses the API key").isFalse();
                assertThat(operation.node().path("responses").has("401")).as(operation.key()).isTrue();
                assertThat(operation.node().path("responses").has("403")).as(operation.key()).isTrue();
                assertThat(operation.node().path("responses").has("429")).as(operation.key()).isTrue();
                assertThat(operation.node().path("responses").has("500")).as(operation.key()).isTrue();
            } else {
                assertThat(operation.node().path("security").isArray()).as(operation.key() + " says its security")
                        .isTrue();
            }
        }
    }

    @Test
    void everyExampleMatchesTheSchemaItIllustrates() {
        List<String> mediaTypes = new ArrayList<>();
        collectMediaTypes(spec.root(), "", mediaTypes);
        int examples = 0;
        for (String mediaType : mediaTypes) {
            JsonNode node = spec.node(mediaType);
            if (!node.has("schema")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> example : node.path("examples").properties()) {
                Located resolved = spec.resolve(mediaType + "/examples/" + OpenApiDescription.escape(example.getKey()));
                assertThat(resolved.node().has("value")).as(resolved.pointer()).isTrue();
                assertThat(spec.validate(mediaType + "/schema", resolved.node().get("value").toString()))
                        .as("example " + resolved.pointer() + " under " + mediaType).isEmpty();
                examples++;
            }
        }
        assertThat(examples).isGreaterThan(30);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectRefs(element, refs));
        }
    }

    /** Pointers to every media type object: the entries of each {@code content} outside schemas. */
    private static void collectMediaTypes(JsonNode node, String pointer, List<String> found) {
        if (!node.isObject() || pointer.contains("/schemas/") || pointer.endsWith("/schema")
                || pointer.contains("/examples/")) {
            return;
        }
        node.properties().forEach(field -> {
            String child = pointer + "/" + OpenApiDescription.escape(field.getKey());
            if (field.getKey().equals("content") && field.getValue().isObject()) {
                field.getValue().fieldNames().forEachRemaining(type ->
                        found.add(child + "/" + OpenApiDescription.escape(type)));
            } else {
                collectMediaTypes(field.getValue(), child, found);
            }
        });
    }
}
