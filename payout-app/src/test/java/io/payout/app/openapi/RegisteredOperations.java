package io.payout.app.openapi;

import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * The operations an application has registered with Jersey, read from its resource classes' annotations:
 * {@code METHOD /path/{}} (parameter names left out, {@link OpenApiDescription#unnamed}), relative to Jersey's root
 * ({@code /payout}). Jersey's own HEAD and OPTIONS answers are not listed.
 */
public final class RegisteredOperations {
    private RegisteredOperations() {
    }

    public static Set<String> of(ResourceConfig config) {
        Set<String> operations = new TreeSet<>();
        Stream.concat(config.getInstances().stream().map(Object::getClass), config.getClasses().stream())
                .filter(type -> type.isAnnotationPresent(Path.class))
                .map(Resource::from)
                .forEach(resource -> collect(resource, "", operations));
        return operations;
    }

    private static void collect(Resource resource, String prefix, Set<String> operations) {
        String path = join(prefix, resource.getPath());
        List<ResourceMethod> methods = new ArrayList<>(resource.getResourceMethods());
        for (ResourceMethod method : methods) {
            operations.add(method.getHttpMethod() + " " + OpenApiDescription.unnamed(path));
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, operations);
        }
    }

    private static String join(String prefix, String path) {
        String joined = (prefix + "/" + (path == null ? "" : path)).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
