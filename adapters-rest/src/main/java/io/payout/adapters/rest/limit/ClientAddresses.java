package io.payout.adapters.rest.limit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which client a request comes from, as the failed-authentication limit counts it. The connection's peer (Jetty's
 * remote address), unless that peer is a {@link TrustedProxies trusted proxy}: then {@code X-Forwarded-For} is read
 * from the right (each proxy appends whom it heard from), skipping trusted proxies, and the first address that is not
 * one is the client. What a client writes into the header itself is never believed: it sits left of that address.
 * An entry that is not an IP address ends the walk at the last trusted hop.
 *
 * <p>An IPv6 client is counted by its /64 (the block one subscriber usually gets), written {@code 2001:db8:1:2::/64}:
 * otherwise one host could count as 2^64 clients.
 */
public final class ClientAddresses {
    public static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern V4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern V6_WITH_PORT = Pattern.compile("\\[([^\\]]*)\\]:\\d{1,5}");
    private static final int MAX_HOPS = 32;
    private final TrustedProxies trusted;

    public ClientAddresses(TrustedProxies trusted) {
        this.trusted = Objects.requireNonNull(trusted, "trusted");
    }

    /** The client's key, from the connection's peer and every {@code X-Forwarded-For} header of the request. */
    public String of(String remoteAddress, List<String> forwardedFor) {
        Optional<InetAddress> peer = IpLiteral.parse(remoteAddress);
        if (peer.isEmpty()) {
            return remoteAddress == null || remoteAddress.isBlank() ? "unknown" : remoteAddress;
        }
        InetAddress client = peer.get();
        if (!trusted.contains(client) || forwardedFor == null) {
            return key(client);
        }
        List<String> hops = hops(forwardedFor);
        for (int i = hops.size() - 1; i >= 0 && trusted.contains(client); i--) {
            Optional<InetAddress> hop = IpLiteral.parse(withoutPort(hops.get(i)));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
        }
        return key(client);
    }

    /** The address as counted: IPv4 as written, IPv6 as its /64. */
    static String key(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    /** The entries of every header, in order, the last {@link #MAX_HOPS} at most (a proxy chain is never longer). */
    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            if (header != null) {
                for (String entry : header.split(",", -1)) {
                    hops.add(entry.trim());
                }
            }
        }
        return hops.size() > MAX_HOPS ? hops.subList(hops.size() - MAX_HOPS, hops.size()) : hops;
    }

    private static String withoutPort(String entry) {
        Matcher v4 = V4_WITH_PORT.matcher(entry);
        if (v4.matches()) {
            return v4.group(1);
        }
        Matcher v6 = V6_WITH_PORT.matcher(entry);
        return v6.matches() ? v6.group(1) : entry;
    }
}
