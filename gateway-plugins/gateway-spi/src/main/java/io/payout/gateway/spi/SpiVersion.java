package io.payout.gateway.spi;

/** The version of this SPI. A plugin built against another major version is not loaded. */
public final class SpiVersion {
    public static final int MAJOR = 0;
    public static final int MINOR = 2;

    private SpiVersion() {
    }
}
