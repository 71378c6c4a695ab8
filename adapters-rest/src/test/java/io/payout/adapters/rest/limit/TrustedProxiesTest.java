package io.payout.adapters.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {
    private static final TrustedProxies PROXIES = TrustedProxies.parse(
            List.of("10.0.0.0/8", "192.168.1.7", " 172.16.0.0/12 ", "fd00::/8", "::1", "100.64.0.0/10"));

    @Test
    void addressesInsideABlockOrEqualToAnAddressAreTrusted() throws Exception {
        for (String trusted : List.of("10.0.0.1", "10.255.255.255", "192.168.1.7", "172.16.0.1", "172.31.255.255",
                "fd12:3456::1", "::1", "100.64.0.1", "100.127.255.255")) {
            assertThat(PROXIES.contains(InetAddress.getByName(trusted))).as(trusted).isTrue();
        }
    }

    @Test
    void addressesOutsideAreNot() throws Exception {
        for (String other : List.of("11.0.0.1", "192.168.1.8", "172.32.0.1", "fe80::1", "::2", "100.128.0.1",
                "9.255.255.255")) {
            assertThat(PROXIES.contains(InetAddress.getByName(other))).as(other).isFalse();
        }
        assertThat(TrustedProxies.NONE.contains(InetAddress.getByName("127.0.0.1"))).isFalse();
        assertThat(TrustedProxies.NONE.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "proxy.example.com", "10.0.0", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x",
            "::1/129", "256.0.0.1", "10.0.0.1:80"})
    void anEntryThatIsNeitherAnAddressNorABlockIsRefusedByName(String entry) {
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.1", entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + entry.trim() + "'");
    }
}
