package io.payout.gateway.spi;

import java.util.Map;
import java.util.Set;

/**
 * What a gateway plugin jar provides, found with {@link java.util.ServiceLoader}: the gateway's id (the
 * {@code <GATEWAY>} of method ids such as {@code DUMMY_IMPS}), the rails it pays on, and a factory for the gateway
 * from its configuration section. New operations arrive as default methods, so plugins built against an older
 * minor version keep working.
 */
public interface GatewayPlugin {
    /** Upper case letters and digits, e.g. {@code RAZORPAYX}. */
    String gatewayId();

    /** Rails such as {@code IMPS}, {@code NEFT}, {@code RTGS}, {@code UPI}. */
    Set<String> rails();

    /**
     * The SPI major version the plugin was built against: implement it as {@code return SpiVersion.MAJOR;}, which
     * the compiler copies into the plugin, so the host sees the version the plugin was compiled with. A different
     * major version is refused at start-up.
     */
    int spiMajorVersion();

    /** The optional operations its gateways offer; none unless the plugin says so. */
    default Set<Capability> capabilities() {
        return Set.of();
    }

    /** The plugin's own version, for logs and health checks. */
    default String version() {
        Package pkg = getClass().getPackage();
        return pkg == null || pkg.getImplementationVersion() == null ? "unknown" : pkg.getImplementationVersion();
    }

    /** Builds the gateway from its configuration section (base URL, credentials, timeouts, ...). */
    PayoutGateway create(Map<String, String> configuration);
}
