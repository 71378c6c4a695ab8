package io.payout.collection.expresscheckout;

import io.payout.collection.spi.CollectionPlugin;
import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.CollectionSpiVersion;
import java.util.Map;

/**
 * The bundled Juspay Express Checkout collection provider {@code EXPRESS_CHECKOUT} (Pay and Fulfill: the end user
 * pays through Express Checkout's payment links before the payout). It depends on the JDK and the collection SPI only.
 *
 * <p>Configuration keys (a null or blank value counts as absent; unknown keys are ignored; a missing or bad value
 * is an {@link IllegalArgumentException} naming its key, never quoting a value):
 * <ul>
 *   <li>{@code base-url}: required: the API's origin, {@code https://sandbox.juspay.in} or
 *       {@code https://api.juspay.in}.</li>
 *   <li>{@code api-key}: required: the API key (HTTP Basic user, empty password).</li>
 *   <li>{@code merchant-id}: required: the merchant id, sent as {@code x-merchantid}.</li>
 *   <li>{@code webhook-username}, {@code webhook-password}: required: the HTTP Basic credentials configured for
 *       webhooks on Express Checkout's dashboard; a webhook without them is rejected.</li>
 *   <li>{@code timeout-ms}: optional, default {@code 10000}: how long one HTTP exchange may take, whole
 *       milliseconds above zero; past it the answer is {@code Unknown}.</li>
 *   <li>{@code return-url}: optional: where the payment page sends the end user back to (http or https).</li>
 * </ul>
 */
public final class ExpressCheckoutPlugin implements CollectionPlugin {
    public static final String PROVIDER_ID = "EXPRESS_CHECKOUT";

    @Override
    public String providerId() {
        return PROVIDER_ID;
    }

    @Override
    public int spiMajorVersion() {
        return CollectionSpiVersion.MAJOR;
    }

    @Override
    public CollectionProvider create(Map<String, String> configuration) {
        return new ExpressCheckoutProvider(ExpressCheckoutSettings.fromConfiguration(configuration));
    }
}
