package io.payout.gateway.host.collection;

import io.payout.collection.spi.CollectionPlugin;
import io.payout.collection.spi.CollectionProvider;
import io.payout.collection.spi.CollectionSpiVersion;
import java.util.Map;

/**
 * The built-in {@code SANDBOX} collection provider's plugin (always loaded, never from a jar). Configuration key:
 * {@code public-base-url}, optional, default {@value SandboxCollectionProvider#DEFAULT_PUBLIC_BASE_URL}: where this
 * service is reached from a browser, for the sandbox's payment page links.
 */
final class SandboxCollectionPlugin implements CollectionPlugin {
    static final String PUBLIC_BASE_URL = "public-base-url";

    @Override
    public String providerId() {
        return SandboxCollectionProvider.PROVIDER_ID;
    }

    @Override
    public int spiMajorVersion() {
        return CollectionSpiVersion.MAJOR;
    }

    @Override
    public String version() {
        return "built in";
    }

    @Override
    public CollectionProvider create(Map<String, String> configuration) {
        String publicBaseUrl = configuration == null ? null : configuration.get(PUBLIC_BASE_URL);
        return new SandboxCollectionProvider(publicBaseUrl == null || publicBaseUrl.isBlank()
                ? SandboxCollectionProvider.DEFAULT_PUBLIC_BASE_URL : publicBaseUrl.trim());
    }
}
