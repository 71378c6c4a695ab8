package io.payout.gateway.host;

/**
 * The parent of every plugin jar's class loader: it shows a plugin the JDK (through the platform class loader) and
 * the gateway SPI (from the host's class loader, so that host and plugin share one {@code GatewayPlugin} class), and
 * nothing else: not our domain, application or adapters, not the host's libraries, not other plugins.
 */
final class SpiOnlyClassLoader extends ClassLoader {
    static final String SPI_PACKAGE = "io.payout.gateway.spi.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader hostLoader;

    SpiOnlyClassLoader(ClassLoader hostLoader) {
        super("gateway-spi-only", ClassLoader.getPlatformClassLoader());
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
