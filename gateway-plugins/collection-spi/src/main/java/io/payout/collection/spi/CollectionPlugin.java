package io.payout.collection.spi;

import java.util.Map;

/**
 * What a collection provider plugin jar provides, found with {@link java.util.ServiceLoader} like gateway plugins:
 * the provider's id and a factory for it from its configuration section. New operations arrive as default methods.
 */
public interface CollectionPlugin {
    /** Upper case letters, digits and {@code _}, e.g. {@code EXPRESS_CHECKOUT}. */
    String providerId();

    /** Implement as {@code return CollectionSpiVersion.MAJOR;}: a different major version is refused at start-up. */
    int spiMajorVersion();

    /** The plugin's own version, for logs and health checks. */
    default String version() {
        Package pkg = getClass().getPackage();
        return pkg == null || pkg.getImplementationVersion() == null ? "unknown" : pkg.getImplementationVersion();
    }

    /** Builds the provider from its configuration section (base URL, credentials, webhook credentials, ...). */
    CollectionProvider create(Map<String, String> configuration);
}
