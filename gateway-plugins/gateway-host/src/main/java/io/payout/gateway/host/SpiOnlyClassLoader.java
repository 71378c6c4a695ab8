package io.payout.gateway.host;

/**
 * The parent of every plugin jar's class loader: it shows a plugin the JDK (through the platform class loader) and
 * its SPI (from the host's class loader, so that host and plugin share one {@code GatewayPlugin} or
 * {@code CollectionPlugin} class), and nothing else: not our domain, application or adapters, not the host's
 * libraries, not the other SPI, not other plugins.
 */
public final class SpiOnlyClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final String spiPackage;
    private final ClassLoader hostLoader;

    private SpiOnlyClassLoader(String name, String spiPackage, ClassLoader hostLoader) {
        super(name, ClassLoader.getPlatformClassLoader());
        this.spiPackage = spiPackage;
        this.hostLoader = hostLoader;
    }

    /** For gateway plugin jars: the gateway SPI only. */
    public static SpiOnlyClassLoader forGatewayPlugins(ClassLoader hostLoader) {
        return new SpiOnlyClassLoader("gateway-spi-only", "io.payout.gateway.spi.", hostLoader);
    }

    /** For collection plugin jars: the collection SPI only. */
    public static SpiOnlyClassLoader forCollectionPlugins(ClassLoader hostLoader) {
        return new SpiOnlyClassLoader("collection-spi-only", "io.payout.collection.spi.", hostLoader);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(spiPackage)) {
            return hostLoader.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
