package io.payout.app.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.payout.adapters.rest.OpenApiResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The merchant API's OpenAPI 3.1 description, as the application serves it ({@link OpenApiResource}): its operations,
 * found by method and request path, and its schemas, which JSON is checked against with a JSON Schema 2020-12
 * validator (networknt, OpenAPI 3.1 dialect, formats asserted). Places in the document are JSON pointers.
 */
public final class OpenApiDescription {
    /** Where the description lies on the class path (next to {@link OpenApiResource}). */
    public static final String CLASSPATH = "io/payout/adapters/rest/openapi.yaml";
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final JsonNode root;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiDescription(JsonNode root) {
        this.root = root;
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder.schemaRegistryConfig(
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    public static OpenApiDescription load() {
        try {
            return new OpenApiDescription(YAML.readTree(OpenApiResource.read()));
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml is not YAML", e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Every operation under {@code paths}, in document order. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        "/paths/" + escape(path.getKey()) + "/" + method.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    /**
     * The operation that serves {@code method} on {@code path} (relative to the server URL, {@code /payout}; any query
     * is ignored): of the path templates that match, the one with the most literal segments.
     */
    public Optional<Operation> operation(String method, String path) {
        String[] segments = segments(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        return operations().stream()
                .filter(op -> op.method().equalsIgnoreCase(method) && matches(segments(op.template()), segments))
                .max(Comparator.comparingLong(op -> literalSegments(op.template())));
    }

    /** A webhook's operation ({@code webhooks.<name>.<method>}). */
    public Operation webhook(String name, String method) {
        String pointer = "/webhooks/" + escape(name) + "/" + method.toLowerCase(Locale.ROOT);
        return new Operation(method.toUpperCase(Locale.ROOT), name, pointer, node(pointer));
    }

    /** The node at {@code pointer}, following {@code $ref}s to places in this document; the pointer it was found at. */
    public Located resolve(String pointer) {
        String at = pointer;
        JsonNode node = node(at);
        for (int hops = 0; node.has("$ref") && !isSchema(at); hops++) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > 10) {
                throw new IllegalStateException("cannot follow $ref " + ref + " at " + at);
            }
            at = ref.substring(1);
            node = node(at);
        }
        return new Located(at, node);
    }

    /** The node at {@code pointer}; fails if there is none. */
    public JsonNode node(String pointer) {
        JsonNode node = root.at(JsonPointer.compile(pointer));
        if (node.isMissingNode()) {
            throw new IllegalStateException("openapi.yaml has nothing at " + pointer);
        }
        return node;
    }

    /** What is wrong with {@code json} against the schema at {@code pointer}: none when it conforms. */
    public List<String> validate(String pointer, String json) {
        node(pointer);
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(
                SchemaLocation.of("classpath:" + CLASSPATH + "#" + uriFragment(p))));
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** A path template with its parameter names left out, {@code /a/{}/b}, to compare templates named differently. */
    public static String unnamed(String template) {
        return template.replaceAll("\\{[^}]*}", "{}");
    }

    /** A JSON pointer's reference token for {@code key}. */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static boolean isSchema(String pointer) {
        return pointer.endsWith("/schema") || pointer.contains("/schemas/");
    }

    private static String uriFragment(String pointer) {
        StringBuilder fragment = new StringBuilder();
        for (char c : pointer.toCharArray()) {
            if (Character.isLetterOrDigit(c) || "/~-._!$&'()*+,;=:@".indexOf(c) >= 0) {
                fragment.append(c);
            } else {
                fragment.append('%').append(String.format("%02X", (int) c));
            }
        }
        return fragment.toString();
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.split("/", -1);
    }

    private static boolean matches(String[] template, String[] path) {
        if (template.length != path.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{") && template[i].endsWith("}");
            if (parameter ? path[i].isEmpty() : !template[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    private static long literalSegments(String template) {
        return java.util.Arrays.stream(segments(template)).filter(s -> !s.startsWith("{")).count();
    }

    /** One operation: its method, path template, where it is in the document, and its node. */
    public record Operation(String method, String template, String pointer, JsonNode node) {
        public String key() {
            return method + " " + template;
        }

        public String operationId() {
            return node.path("operationId").asText();
        }
    }

    /** A node of the document and the JSON pointer it was found at. */
    public record Located(String pointer, JsonNode node) {
    }
}
