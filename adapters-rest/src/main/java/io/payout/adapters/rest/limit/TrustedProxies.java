package io.payout.adapters.rest.limit;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reverse proxies (load balancers) whose {@code X-Forwarded-For} is believed: addresses ({@code 10.0.0.5},
 * {@code ::1}) and CIDR blocks ({@code 10.0.0.0/8}, {@code fd00::/8}). Empty: none, the header is ignored.
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(List.of(), List.of());

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Block> blocks;
    private final List<String> written;

    private TrustedProxies(List<Block> blocks, List<String> written) {
        this.blocks = blocks;
        this.written = written;
    }

    /**
     * @throws IllegalArgumentException naming the first entry that is neither an IP address nor a CIDR block
     */
    public static TrustedProxies parse(List<String> entries) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : Objects.requireNonNull(entries, "entries")) {
            blocks.add(block(entry == null ? "" : entry.trim()));
        }
        return new TrustedProxies(List.copyOf(blocks), List.copyOf(entries));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return blocks.stream().anyMatch(block -> block.contains(bytes));
    }

    @Override
    public String toString() {
        return written.toString();
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        byte[] network = IpLiteral.parse(address).map(InetAddress::getAddress)
                .orElseThrow(() -> notAProxy(entry));
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw notAProxy(entry);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw notAProxy(entry);
            }
        }
        return new Block(network, prefix);
    }

    private static IllegalArgumentException notAProxy(String entry) {
        return new IllegalArgumentException("not an IP address or CIDR block (such as 10.0.0.0/8): '" + entry + "'");
    }
}
