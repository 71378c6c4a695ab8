package io.payout.adapters.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /payout/openapi.yaml}: the OpenAPI description of this API ({@code openapi.yaml} next to this class), as
 * is, to anyone (no API key, no rate limit). The tests in payout-app check live responses against it.
 */
@Path("/openapi.yaml")
public class OpenApiResource {
    static final String MEDIA_TYPE = "application/yaml";
    private static final String RESOURCE = "openapi.yaml";
    private final byte[] description;

    public OpenApiResource() {
        this.description = read();
    }

    @GET
    @Produces(MEDIA_TYPE)
    public byte[] description() {
        return description.clone();
    }

    /** The description's bytes, as served. */
    public static byte[] read() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing next to " + OpenApiResource.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
