package io.payout.adapters.rest.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses the callback target guard refuses, on literals (no name is looked up, nothing is connected). */
class TargetAddressPolicyTest {
    private static final TargetAddressPolicy PUBLIC_ONLY = new TargetAddressPolicy(false, false);
    private static final TargetAddressPolicy LOOPBACK_ALLOWED = new TargetAddressPolicy(true, false);
    private static final TargetAddressPolicy PRIVATE_ALLOWED = new TargetAddressPolicy(false, true);

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.255.0.9, LOOPBACK", "::1, LOOPBACK", "::ffff:127.0.0.1, LOOPBACK",
            "0.0.0.0, ANY_LOCAL", "0.1.2.3, ANY_LOCAL", "::, ANY_LOCAL",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL", "::ffff:169.254.169.254, LINK_LOCAL",
            "10.0.0.1, SITE_LOCAL", "172.16.0.1, SITE_LOCAL", "172.31.255.255, SITE_LOCAL",
            "192.168.1.1, SITE_LOCAL", "::ffff:10.1.2.3, SITE_LOCAL", "fec0::1, SITE_LOCAL",
            "100.64.0.1, CARRIER_GRADE_NAT", "100.127.255.255, CARRIER_GRADE_NAT",
            "fc00::1, UNIQUE_LOCAL", "fd12:3456:789a::1, UNIQUE_LOCAL",
            "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST", "ff02::1, MULTICAST",
            "64:ff9b::a00:1, SITE_LOCAL", "::10.0.0.1, SITE_LOCAL",
            "8.8.8.8, PUBLIC", "172.32.0.1, PUBLIC", "172.15.255.255, PUBLIC", "100.128.0.1, PUBLIC",
            "100.63.255.255, PUBLIC", "169.253.0.1, PUBLIC", "2001:4860:4860::8888, PUBLIC",
            "::ffff:8.8.8.8, PUBLIC", "64:ff9b::808:808, PUBLIC"})
    void everyAddressHasTheKindOfNetworkItBelongsTo(String literal, AddressKind kind) throws UnknownHostException {
        assertThat(AddressKind.of(InetAddress.getByName(literal))).isEqualTo(kind);
    }

    @Test
    void anIpv4MappedIpv6AddressIsJudgedByTheIpv4AddressItCarries() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 1};
        InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, -1);

        assertThat(AddressKind.of(address)).isEqualTo(AddressKind.SITE_LOCAL);
    }

    @Test
    void byDefaultOnlyPublicAddressesAreAllowed() {
        for (AddressKind kind : AddressKind.values()) {
            assertThat(PUBLIC_ONLY.allows(kind)).as(kind.name()).isEqualTo(kind == AddressKind.PUBLIC);
        }
    }

    @Test
    void allowingLoopbackAllowsLoopbackOnly() {
        for (AddressKind kind : AddressKind.values()) {
            assertThat(LOOPBACK_ALLOWED.allows(kind)).as(kind.name())
                    .isEqualTo(kind == AddressKind.PUBLIC || kind == AddressKind.LOOPBACK);
        }
    }

    @Test
    void allowingPrivateTargetsAllowsEveryKind() {
        for (AddressKind kind : AddressKind.values()) {
            assertThat(PRIVATE_ALLOWED.allows(kind)).as(kind.name()).isTrue();
        }
    }

    @Test
    void aHostIsRefusedIfAnyOfItsAddressesIsRefused() throws UnknownHostException {
        List<InetAddress> addresses = List.of(InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.0.0.7"));

        assertThat(PUBLIC_ONLY.refusedKind(addresses)).contains(AddressKind.SITE_LOCAL);
        assertThat(PUBLIC_ONLY.refusedKind(List.of(InetAddress.getByName("8.8.4.4")))).isEmpty();
    }
}
