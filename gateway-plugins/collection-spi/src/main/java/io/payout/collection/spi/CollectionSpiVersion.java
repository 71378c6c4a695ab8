package io.payout.collection.spi;

/** The collection SPI's version. A plugin built against another major version is refused. */
public final class CollectionSpiVersion {
    public static final int MAJOR = 1;
    public static final int MINOR = 0;

    private CollectionSpiVersion() {
    }
}
