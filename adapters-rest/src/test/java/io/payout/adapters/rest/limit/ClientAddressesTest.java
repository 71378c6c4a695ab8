package io.payout.adapters.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
    private static final ClientAddresses BEHIND_PROXIES = new ClientAddresses(
            TrustedProxies.parse(List.of("10.0.0.0/8", "fd00::/8")));
    private static final ClientAddresses DIRECT = new ClientAddresses(TrustedProxies.NONE);

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        assertThat(DIRECT.of("203.0.113.1", List.of("198.51.100.1"))).isEqualTo("203.0.113.1");
        assertThat(DIRECT.of("10.0.0.1", List.of("198.51.100.1"))).isEqualTo("10.0.0.1");
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverTheHeaderSays() {
        assertThat(BEHIND_PROXIES.of("203.0.113.1", List.of("198.51.100.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of("198.51.100.1, 10.1.2.3"))).isEqualTo("198.51.100.1");
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of("6.6.6.6, 198.51.100.1", "10.1.2.3")))
                .as("what the client wrote itself, left of it, is not believed").isEqualTo("198.51.100.1");
    }

    @Test
    void withoutTheHeaderOrWithOnlyProxiesInItTheNearestKnownAddressIsTheClient() {
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of())).isEqualTo("10.0.0.1");
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of("10.9.9.9, 10.1.2.3"))).isEqualTo("10.9.9.9");
    }

    @Test
    void anEntryThatIsNotAnAddressEndsTheWalkAndNamesAreNeverLookedUp() {
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of("198.51.100.1, localhost"))).isEqualTo("10.0.0.1");
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of("unknown"))).isEqualTo("10.0.0.1");
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of("198.51.100.1, 10.1.2.3, abc::xyz"))).isEqualTo("10.0.0.1");
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of("300.1.1.1"))).isEqualTo("10.0.0.1");
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of(""))).isEqualTo("10.0.0.1");
    }

    @Test
    void portsAndBracketsAreDropped() {
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of("198.51.100.1:52113"))).isEqualTo("198.51.100.1");
        assertThat(BEHIND_PROXIES.of("10.0.0.1", List.of("[2001:db8::1]:443"))).isEqualTo("2001:db8:0:0::/64");
        assertThat(BEHIND_PROXIES.of("[fd00::1]", List.of("[2001:db8::1]"))).isEqualTo("2001:db8:0:0::/64");
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(DIRECT.of("2001:db8:1:2:3:4:5:6", List.of())).isEqualTo("2001:db8:1:2::/64");
        assertThat(DIRECT.of("2001:db8:1:2:ffff:ffff:ffff:ffff", List.of())).isEqualTo("2001:db8:1:2::/64");
        assertThat(DIRECT.of("2001:db8:1:3::1", List.of())).isEqualTo("2001:db8:1:3::/64");
        assertThat(DIRECT.of("0:0:0:0:0:0:0:1", List.of())).isEqualTo("0:0:0:0::/64");
    }

    @Test
    void anIpv4MappedAddressIsItsIpv4Address() {
        assertThat(DIRECT.of("::ffff:203.0.113.1", List.of())).isEqualTo("203.0.113.1");
    }

    @Test
    void aPeerThatIsNotAnAddressIsCountedAsWritten() {
        assertThat(DIRECT.of("some-socket", List.of())).isEqualTo("some-socket");
        assertThat(DIRECT.of(null, List.of())).isEqualTo("unknown");
    }
}
