package io.payout.adapters.rest.collection;

import io.dropwizard.core.setup.Environment;
import io.payout.application.collection.HandleCollectionWebhookUseCase;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Registers the endpoints collection providers send their payment webhooks to ({@link CollectionWebhookResource}),
 * alongside {@code MerchantRestApi}, which limits the body size and maps errors (a {@code WebhookRejectedException}
 * to 401 E07). {@code knownProvider}: whether a provider id (e.g. {@code EXPRESS_CHECKOUT}) is configured here; a
 * webhook for any other is 404.
 */
public final class CollectionWebhookApi {
    private final HandleCollectionWebhookUseCase webhooks;
    private final Predicate<String> knownProvider;

    public CollectionWebhookApi(HandleCollectionWebhookUseCase webhooks, Predicate<String> knownProvider) {
        this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
        this.knownProvider = Objects.requireNonNull(knownProvider, "knownProvider");
    }

    public void registerWith(Environment environment) {
        environment.jersey().register(new CollectionWebhookResource(webhooks, knownProvider));
    }
}
