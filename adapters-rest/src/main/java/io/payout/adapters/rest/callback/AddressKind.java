package io.payout.adapters.rest.callback;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * What kind of network an IP address belongs to, for the callback target guard. An IPv6 address that carries an
 * IPv4 one (IPv4-mapped {@code ::ffff:0:0/96}, IPv4-compatible {@code ::/96}, NAT64 {@code 64:ff9b::/96}) is of
 * the kind of the IPv4 address it carries.
 */
enum AddressKind {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address"),
    ANY_LOCAL("an unspecified (any-local) address"),
    LINK_LOCAL("a link-local address"),
    SITE_LOCAL("a private (site-local) address"),
    CARRIER_GRADE_NAT("a carrier-grade NAT address"),
    UNIQUE_LOCAL("a unique-local IPv6 address"),
    MULTICAST("a multicast address");

    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    private final String description;

    AddressKind(String description) {
        this.description = description;
    }

    /** As it reads in a refusal: "resolves to a loopback address". */
    String description() {
        return description;
    }

    static AddressKind of(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            Inet4Address embedded = embeddedIpv4(v6.getAddress());
            return embedded != null ? ofIpv4(embedded) : ofIpv6(v6);
        }
        return ofIpv4(address);
    }

    private static AddressKind ofIpv4(InetAddress address) {
        byte[] b = address.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 127) {
            return LOOPBACK;
        }
        if (first == 0) {
            return ANY_LOCAL; // 0.0.0.0/8: "this network"; a connection to it reaches this machine
        }
        if (first == 169 && second == 254) {
            return LINK_LOCAL;
        }
        if (first == 10 || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168)) {
            return SITE_LOCAL;
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return CARRIER_GRADE_NAT;
        }
        if (first >= 224) {
            return MULTICAST; // 224.0.0.0/4 multicast; 240.0.0.0/4 reserved and broadcast are no better
        }
        return PUBLIC;
    }

    private static AddressKind ofIpv6(Inet6Address address) {
        int first = address.getAddress()[0] & 0xff;
        if (address.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (address.isAnyLocalAddress()) {
            return ANY_LOCAL;
        }
        if (address.isLinkLocalAddress()) {
            return LINK_LOCAL;
        }
        if (address.isSiteLocalAddress()) {
            return SITE_LOCAL; // fec0::/10, deprecated but still routable inside some networks
        }
        if ((first & 0xfe) == 0xfc) {
            return UNIQUE_LOCAL;
        }
        if (address.isMulticastAddress()) {
            return MULTICAST;
        }
        return PUBLIC;
    }

    private static Inet4Address embeddedIpv4(byte[] v6) {
        boolean firstTenZero = Arrays.equals(v6, 0, 10, new byte[10], 0, 10);
        boolean mapped = firstTenZero && v6[10] == (byte) 0xff && v6[11] == (byte) 0xff;
        boolean compatible = firstTenZero && v6[10] == 0 && v6[11] == 0;
        boolean nat64 = Arrays.equals(v6, 0, 12, NAT64_PREFIX, 0, 12);
        if (!(mapped || compatible || nat64)) {
            return null;
        }
        if (compatible && Arrays.equals(v6, 12, 16, new byte[4], 0, 4)) {
            return null; // :: itself
        }
        if (compatible && v6[12] == 0 && v6[13] == 0 && v6[14] == 0 && v6[15] == 1) {
            return null; // ::1
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(v6, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
