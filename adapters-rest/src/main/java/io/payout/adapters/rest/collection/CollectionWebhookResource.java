package io.payout.adapters.rest.collection;

import io.payout.adapters.rest.WebhookHeaders;
import io.payout.application.NotFoundException;
import io.payout.application.collection.HandleCollectionWebhookUseCase;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A collection provider tells us a payment changed: {@code POST /payout/webhooks/express-checkout} (Express
 * Checkout's) or {@code POST /payout/webhooks/collections/{providerId}} (any provider's, e.g. {@code SANDBOX}). No
 * merchant API key: the provider's own credentials (HTTP Basic, from configuration) are checked by its adapter over
 * the raw body and headers. A verified webhook only makes the payments it names due for a server-to-server status
 * check; duplicates are harmless. 200 {@code {"status":"OK","matched":n}} (n: open payments it named); 401 E07 with
 * nothing changed if it is not authentic; 404 E09 for a provider not configured here. The use case logs each
 * verified webhook.
 */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionWebhookResource {
    static final String EXPRESS_CHECKOUT = "EXPRESS_CHECKOUT";
    private static final Pattern PROVIDER_ID = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private final HandleCollectionWebhookUseCase webhooks;
    private final Predicate<String> knownProvider;

    public CollectionWebhookResource(HandleCollectionWebhookUseCase webhooks, Predicate<String> knownProvider) {
        this.webhooks = webhooks;
        this.knownProvider = knownProvider;
    }

    @POST
    @Path("/express-checkout")
    public WebhookReceipt expressCheckout(@Context HttpHeaders headers, byte[] body) {
        return receive(EXPRESS_CHECKOUT, headers, body);
    }

    @POST
    @Path("/collections/{providerId}")
    public WebhookReceipt collection(@PathParam("providerId") String providerId, @Context HttpHeaders headers,
                                     byte[] body) {
        return receive(providerId, headers, body);
    }

    private WebhookReceipt receive(String provider, HttpHeaders headers, byte[] body) {
        if (!PROVIDER_ID.matcher(provider).matches() || !knownProvider.test(provider)) {
            throw new NotFoundException("not found: no collection provider at this path");
        }
        int matched = webhooks.handle(provider, WebhookHeaders.of(headers), body == null ? new byte[0] : body);
        return new WebhookReceipt("OK", matched);
    }

    /** The answer to a verified webhook. */
    public record WebhookReceipt(String status, int matched) {
    }
}
