package io.payout.gateway.host.collection;

/**
 * The parent of every collection plugin jar's class loader: it shows a plugin the JDK (through the platform class
 * loader) and the collection SPI (from the host's class loader, so that host and plugin share one
 * {@code CollectionPlugin} class), and nothing else: not our domain, application or adapters, not the host's
 * libraries, not the gateway SPI, not other plugins. The collection twin of the gateway host's
 * {@code SpiOnlyClassLoader}.
 */
final class CollectionSpiOnlyClassLoader extends ClassLoader {
    static final String SPI_PACKAGE = "io.payout.collection.spi.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader hostLoader;

    CollectionSpiOnlyClassLoader(ClassLoader hostLoader) {
        super("collection-spi-only", ClassLoader.getPlatformClassLoader());
        this.hostLoader = hostLoader;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(SPI_PACKAGE)) {
            return hostLoader.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
